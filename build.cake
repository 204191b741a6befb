// Cake build script: `dotnet tool restore && dotnet cake --target=Publish`.
// Targets: Build, Test, Site (helpgen build into _site/), Check (links), Bundle (offline zip), Publish (Test + Check + Site).
var target = Argument("target", "Publish");
var configuration = Argument("configuration", "Release");
var cli = "src/HelpGen.Cli/HelpGen.Cli.csproj";

void HelpGen(string arguments) =>
    DotNetRun(cli, new ProcessArgumentBuilder().Append(arguments), new DotNetRunSettings { Configuration = configuration, NoBuild = true });

Task("Build").Does(() =>
    DotNetBuild("HelpGen.sln", new DotNetBuildSettings { Configuration = configuration }));

Task("Test").IsDependentOn("Build").Does(() =>
    DotNetTest("HelpGen.sln", new DotNetTestSettings { Configuration = configuration, NoBuild = true }));

Task("Check").IsDependentOn("Build").Does(() => HelpGen("check --format text"));

Task("Site").IsDependentOn("Build").Does(() => HelpGen("build --output _site"));

Task("Bundle").IsDependentOn("Build").Does(() => HelpGen("bundle --output _bundle/helpcenter.zip"));

Task("Publish").IsDependentOn("Test").IsDependentOn("Check").IsDependentOn("Site");

RunTarget(target);
