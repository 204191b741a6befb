using System.Text.RegularExpressions;
using HelpGen.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace HelpGen.Tests.Publishing;

/// <summary>The GitHub workflows parse, use only pinned official actions, and every helpgen command in them is valid.</summary>
public sealed class WorkflowTests
{
    public static TheoryData<string> Workflows() => new("pull-request.yml", "publish.yml");

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflow_ParsesAsYaml_WithExplicitPermissionsAndSteps(string file)
    {
        var root = Load(file);

        Assert.IsType<YamlMappingNode>(root["permissions"]);
        Assert.Equal("read", ((YamlScalarNode)root["permissions"]["contents"]).Value);
        Assert.NotEmpty(Steps(root));
        Assert.All(Steps(root), step => Assert.True(step.Children.ContainsKey("name"), $"{file}: every step has a name (.ci/run skips steps by name)"));
    }

    [Fact]
    public void PullRequestWorkflow_RunsOnPullRequests_AndReportsAsAnnotationsSarifAndTranslationWarnings()
    {
        var root = Load("pull-request.yml");

        Assert.True(((YamlMappingNode)root["on"]).Children.ContainsKey("pull_request"));
        Assert.Equal("write", ((YamlScalarNode)root["permissions"]["security-events"]).Value);
        var commands = Commands(root).Select(c => string.Join(' ', c)).ToList();
        Assert.Contains("check --format github", commands);
        Assert.Contains("check --format sarif", commands);
        Assert.Contains("translations --format github", commands);
        Assert.Contains(Steps(root), s => Scalar(s, "uses") == "github/codeql-action/upload-sarif@v3");
    }

    [Fact]
    public void PublishWorkflow_RunsOnMainAndByHand_AndBuildsChecksBundlesAndDeploys()
    {
        var root = Load("publish.yml");

        var on = (YamlMappingNode)root["on"];
        Assert.Equal("main", ((YamlSequenceNode)on["push"]["branches"]).Children.Cast<YamlScalarNode>().Single().Value);
        Assert.True(on.Children.ContainsKey("workflow_dispatch"));
        var commands = Commands(root).Select(c => string.Join(' ', c)).ToList();
        Assert.Equal(["build --output publish/site", "check --format github"], commands);
        Assert.Contains(Steps(root), s => Scalar(s, "run")?.Contains("dotnet cake --target=Bundle", StringComparison.Ordinal) == true);
        Assert.Contains(Steps(root), s => Scalar(s, "uses") == "actions/deploy-pages@v4");
        Assert.Contains(Steps(root), s => Scalar(s, "run")?.Contains("netlify-cli deploy", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflow_EveryHelpGenCommandLine_ParsesWithTheRealCli(string file)
    {
        var commands = Commands(Load(file));

        Assert.NotEmpty(commands);
        Assert.All(commands, args => Assert.True(HelpGenCommandLines.ParseErrors(args).Count == 0, $"{file}: helpgen {string.Join(' ', args)}: {string.Join("; ", HelpGenCommandLines.ParseErrors(args))}"));
    }

    [Fact]
    public void CommandLineParser_RejectsARenamedOption_SoTheWorkflowTestWouldFail()
    {
        var commands = HelpGenCommandLines.In("dotnet run --project src/HelpGen.Cli -c Release -- check --formats github\n");

        Assert.NotEmpty(HelpGenCommandLines.ParseErrors(Assert.Single(commands)));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflow_UsesOnlyOfficialActionsPinnedToAMajorVersion(string file)
    {
        var uses = Steps(Load(file)).Select(s => Scalar(s, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.Matches(new Regex(@"^(actions|github)/[a-z-]+(/[a-z-]+)?@v\d+$"), action));
    }

    private static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoRoot.Path, ".github", "workflows", file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode root) =>
        ((YamlMappingNode)root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .ToList();

    private static List<string[]> Commands(YamlMappingNode root) =>
        Steps(root).Select(s => Scalar(s, "run")).OfType<string>().SelectMany(HelpGenCommandLines.In).ToList();

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;
}
