using System.Text.RegularExpressions;
using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

/// <summary>Help that teaches: the bare command's overview, examples and exit codes in every command's help, and README in step with it.</summary>
public sealed partial class HelpTests
{
    public static TheoryData<string> Commands => [.. CommandsInHelp()];

    [Fact]
    public void Helpgen_WithoutACommand_PrintsTheOverviewAndExitsZero()
    {
        var result = CliRunner.Run();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Commands:", result.Stdout);
        Assert.All(["build", "bundle", "check", "new", "serve"], command => Assert.Contains(command, CommandsInHelp()));
        Assert.Contains("Examples:", result.Stdout);
        Assert.Contains("Exit codes:", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_OfEveryCommand_ShowsExamplesWhereOutputGoesAndExitCodes(string command)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        var examples = Section(result.Stdout, "Examples:");
        Assert.InRange(examples.Count, 2, 3);
        Assert.All(examples, line => Assert.StartsWith($"helpgen {command}", line.Trim()));
        Assert.Contains("stdout", string.Join(" ", Section(result.Stdout, "Output:")));
        Assert.Contains(Section(result.Stdout, "Exit codes:"), line => line.Trim().StartsWith("0 ", StringComparison.Ordinal));
        Assert.Contains(Section(result.Stdout, "Exit codes:"), line => line.Trim().StartsWith("2 ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_OfEveryCommand_ListsExactlyTheOptionsOfReadmesCommandTable(string command)
    {
        var (rows, global) = ReadmeCommandTable();
        Assert.True(rows.ContainsKey(command), $"README's command table has no row for 'helpgen {command}'");

        var inHelp = OptionsIn(Section(CliRunner.Run(command, "--help").Stdout, "Options:"));

        Assert.Equal(rows[command].Union(global).Order(StringComparer.Ordinal), inHelp.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadmeCommandTable_NamesOnlyCommandsThatExist() =>
        Assert.Equal(CommandsInHelp().Order(StringComparer.Ordinal), ReadmeCommandTable().Rows.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Serve_HasOneDraftsOption()
    {
        var options = OptionsIn(Section(CliRunner.Run("serve", "--help").Stdout, "Options:"));

        Assert.Contains("--no-drafts", options);
        Assert.DoesNotContain("--drafts", options);
    }

    [Fact]
    public void VerboseAndQuietTogether_IsAUsageError()
    {
        var result = CliRunner.Run("build", "--verbose", "--quiet");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--verbose and --quiet", result.Stderr);
    }

    private static List<string> CommandsInHelp() =>
        Section(CliRunner.Run("--help").Stdout, "Commands:").Select(line => line.Trim().Split(' ')[0]).ToList();

    /// <summary>The indented lines under a help heading, up to the next blank line.</summary>
    private static List<string> Section(string help, string heading) =>
        help.Replace("\r\n", "\n").Split('\n').SkipWhile(l => l != heading).Skip(1).TakeWhile(l => l.Length > 0).ToList();

    /// <summary>Long option names in the first column of help's option lines (--version belongs to the root only).</summary>
    private static HashSet<string> OptionsIn(IEnumerable<string> lines) =>
        lines.Select(l => ColumnGap().Split(l.Trim())[0])
            .SelectMany(first => LongOption().Matches(first).Select(m => m.Value))
            .Where(o => o != "--version")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>README's "Commands" table: options per command, and the options of the <c>helpgen &lt;command&gt;</c> row that every command takes.</summary>
    private static (Dictionary<string, HashSet<string>> Rows, HashSet<string> Global) ReadmeCommandTable()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));
        var section = readme[readme.IndexOf("\n## Commands", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        var rows = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var global = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match row in TableRow().Matches(section))
        {
            var options = LongOption().Matches(row.Groups["usage"].Value).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            if (row.Groups["command"].Value == "<command>") global.UnionWith(options);
            else rows[row.Groups["command"].Value] = options;
        }

        return (rows, global);
    }

    [GeneratedRegex(@"^\| `helpgen (?<command>[a-z<]\S*)(?<usage>[^`]*)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"--[a-z][a-z-]*")]
    private static partial Regex LongOption();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex ColumnGap();
}
