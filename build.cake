// Cake build script: `dotnet tool restore && dotnet cake --target=Publish`.
// Targets: Build, Test, Site (helpgen build into publish/site/), Check (every link, from source), Bundle (one offline
// zip per locale and one with all, plus SHA256SUMS, into publish/bundles/), Publish (Test + Site + Check + Bundle),
// Bench (BenchmarkDotNet stage benchmarks, then whole builds against Hugo: --articles=N, default 1000; --bench-filter='*Markdown*').
// `--skip-tests` leaves out the Test task (for a caller that has just run the tests).
using System.Text.RegularExpressions;

var target = Argument("target", "Publish");
var configuration = Argument("configuration", "Release");
// --skip-tests: for callers that have just run the tests with this configuration (.ci/run does).
var skipTests = HasArgument("skip-tests");
var cli = "src/HelpGen.Cli/HelpGen.Cli.csproj";
var site = Directory("publish/site");
var bundles = Directory("publish/bundles");

void HelpGen(string arguments) =>
    DotNetRun(cli, new ProcessArgumentBuilder().Append(arguments), new DotNetRunSettings { Configuration = configuration, NoBuild = true, NoRestore = true });

// The locale codes of articles/site.yml, in its order (`code: en-us` in flow or block style).
IReadOnlyList<string> Locales() =>
    Regex.Matches(System.IO.File.ReadAllText("articles/site.yml"), @"\bcode:\s*([A-Za-z0-9_-]+)").Select(m => m.Groups[1].Value).ToList();

Task("Build").Does(() =>
    DotNetBuild("HelpGen.sln", new DotNetBuildSettings { Configuration = configuration }));

Task("Test").IsDependentOn("Build").WithCriteria(!skipTests, "--skip-tests: the caller ran the tests").Does(() =>
    DotNetTest("HelpGen.sln", new DotNetTestSettings { Configuration = configuration, NoBuild = true, NoRestore = true }));

Task("Site").IsDependentOn("Build").Does(() => HelpGen($"build --output {site}"));

Task("Check").IsDependentOn("Build").Does(() => HelpGen("check --format text"));

Task("Bundle").IsDependentOn("Build").Does(() =>
{
    CleanDirectory(bundles);
    HelpGen($"bundle --output {bundles}/helpcenter.zip");
    foreach (var locale in Locales()) HelpGen($"bundle --locale {locale} --output {bundles}/helpcenter-{locale}.zip");
    var sums = GetFiles($"{bundles}/*.zip")
        .OrderBy(f => f.GetFilename().FullPath, StringComparer.Ordinal)
        .Select(f => $"{CalculateFileHash(f, HashAlgorithm.SHA256).ToHex()}  {f.GetFilename()}\n");
    System.IO.File.WriteAllText($"{bundles}/SHA256SUMS", string.Concat(sums));
    Information($"{Locales().Count + 1} bundles and SHA256SUMS in {bundles}");
});

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

Task("Publish").IsDependentOn("Test").IsDependentOn("Site").IsDependentOn("Check").IsDependentOn("Bundle");

RunTarget(target);
