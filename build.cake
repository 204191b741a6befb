// Cake build script: `dotnet tool restore && dotnet cake --target=Publish`.
// Targets: Build, Test, Site (helpgen build into _site/), Check (links), Bundle (offline zip), Publish (Test + Check + Site),
// Bench (BenchmarkDotNet stage benchmarks, then whole builds against Hugo: --articles=N, default 1000; --bench-filter='*Markdown*').
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

Task("Bench").Does(() =>
{
    DotNetRun("tests/HelpGen.Benchmarks/HelpGen.Benchmarks.csproj",
        new ProcessArgumentBuilder().Append("--filter").AppendQuoted(Argument("bench-filter", "*")),
        new DotNetRunSettings { Configuration = "Release" });
    var exit = StartProcess("bash", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("tests/HelpGen.Benchmarks/whole-build.sh").Append("-a").Append(Argument("articles", "1000")),
    });
    if (exit != 0) throw new Exception($"whole-build.sh failed with exit code {exit}");
});

Task("Publish").IsDependentOn("Test").IsDependentOn("Check").IsDependentOn("Site");

RunTarget(target);
