using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Output;

/// <summary>
/// Kills a real child <c>helpgen build</c> (SIGKILL) at each phase of writing the site and proves the output path
/// still holds a complete site, byte-identical to the old or the new one, and that the next build leaves no debris.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const string Old = "-- en/faq/contact.md --\n---\ntitle: Contact\n---\nOld text.\n";
    private const string New = "-- en/faq/contact.md --\n---\ntitle: Contact\n---\nNew text.\n-- en/faq/hours.md --\n---\ntitle: Hours\n---\nNine to five.\n";
    private static readonly Dictionary<string, string?> NoExchange = new() { ["HELPGEN_TEST_NO_EXCHANGE"] = "1" };
    private readonly TempSite _site = TempSite.Create(Old);

    private string Output => Path.Combine(_site.Root, "out");

    public static TheoryData<string, bool, bool> Phases => new()
    {
        // phase, atomic exchange allowed, output holds the new site after the kill
        { "writing", true, false },
        { "staged", true, false },
        { "swapped", true, true },
        { "writing", false, false },
        { "between-renames", false, false },
        { "swapped", false, true },
    };

    [Theory]
    [MemberData(nameof(Phases))]
    public void Build_KilledAtPhase_LeavesACompleteSiteAndTheNextBuildNoDebris(string phase, bool exchange, bool expectNew)
    {
        var (oldSite, newSite) = OldAndNewSites();
        var environment = exchange ? null : NoExchange;

        using (var build = PausedBuild.Start(_site.Root, phase, environment, "build", "--source", _site.Source, "--output", Output))
        {
            build.Kill();
        }

        if (phase == "between-renames")
        {
            Assert.False(Directory.Exists(Output));
            FolderSnapshot.Of(Path.Combine(_site.Root, ".out.helpgen-backup")).AssertSameAs(oldSite);
        }
        else
        {
            FolderSnapshot.Of(Output).AssertSameAs(expectNew ? newSite : oldSite);
        }

        _site.Write("en/faq/broken.md", "---\ntitle: [unclosed\n---\n");
        var failed = Build(environment);
        Assert.True(failed.ExitCode == 1, failed.ToString());
        FolderSnapshot.Of(Output).AssertSameAs(expectNew ? newSite : oldSite);
        AssertNoDebris();

        File.Delete(_site.Path("en/faq/broken.md"));
        Assert.Equal(0, Build(environment).ExitCode);
        FolderSnapshot.Of(Output).AssertSameAs(newSite);
        AssertNoDebris();
    }

    [Fact]
    public void Build_WhileAnotherBuildWritesTheSameFolder_WaitsThenExitsTwoNamingTheHolder()
    {
        var (_, newSite) = OldAndNewSites();
        using var first = PausedBuild.Start(_site.Root, "staged", null, "build", "--source", _site.Source, "--output", Output);

        var second = Build(null);

        Assert.True(second.ExitCode == 2, second.ToString());
        Assert.Contains("error HG0007", second.Stderr);
        Assert.Contains($"process {first.ProcessId}", second.Stderr);
        Assert.DoesNotContain("   at ", second.Stderr);
        var (code, stderr) = first.Resume();
        Assert.True(code == 0, stderr);
        FolderSnapshot.Of(Output).AssertSameAs(newSite);
        AssertNoDebris();
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Builds the old content into the output, then the new content into a reference folder; leaves the source new.</summary>
    private (FolderSnapshot Old, FolderSnapshot New) OldAndNewSites()
    {
        Assert.Equal(0, Build(null).ExitCode);
        var oldSite = FolderSnapshot.Of(Output);
        foreach (var (path, content) in TempSite.Parse(New)) _site.Write(path, content);
        var reference = Path.Combine(_site.Root, "reference");
        var built = CliRunner.RunProcess(_site.Root, null, "build", "--source", _site.Source, "--output", reference);
        Assert.True(built.ExitCode == 0, built.ToString());
        return (oldSite, FolderSnapshot.Of(reference));
    }

    private CliResult Build(IReadOnlyDictionary<string, string?>? environment) =>
        CliRunner.RunProcess(_site.Root, environment, "build", "--source", _site.Source, "--output", Output);

    private void AssertNoDebris()
    {
        // The lock files and the no-change cache record stay by design; staging and backup folders must not.
        var entries = Directory.GetFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal([".helpgen-cache", ".out.helpgen-lock", ".reference.helpgen-lock", "out", "reference", "src"], entries);
    }
}
