using HelpGen.Tests.TestSupport;

namespace HelpGen.Tests.Cli;

/// <summary>
/// Every command on every hostile input of issue 13: a diagnostic and exit 1 or 2, never an internal error (70),
/// never a .NET stack frame or "Unhandled exception" in stdout or stderr.
/// </summary>
public sealed class NoStackTraceTests : IClassFixture<NoStackTraceTests.Workspace>
{
    private readonly Workspace _work;

    public NoStackTraceTests(Workspace work)
    {
        _work = work;
    }

    public static TheoryData<string, int> Cases => new()
    {
        { "build --source {good} --output {file}", 2 },
        { "build --source {good} --output /dev/null", 2 },
        { "build --source {good} --output ", 2 },
        { "build --source  --output {new}", 2 },
        { "build --source {good} --output {user}", 2 },
        { "build --source {good} --output {good}", 2 },
        { "build --source {good} --output {link}/out", 2 },
        { "build --source {good} --output /proc/helpgen-out", 2 },
        { "build --source {good} --output /", 2 },
        { "build --source {bad} --output {new}", 1 },
        { "build --source {root}/missing --output {new}", 2 },
        { "bundle --source {good} --output {user}", 2 },
        { "bundle --source {good} --output {file}", 2 },
        { "bundle --source {good} --output {good}/en/x.zip", 2 },
        { "bundle --source {good} --output /dev/null --force", 2 },
        { "bundle --source {good} --output /proc/helpgen.zip", 2 },
        { "bundle --source  --output {new}.zip", 2 },
        { "bundle --source {bad} --output {new}.zip", 1 },
        { "check --site {deep}", 1 },
        { "check --site ", 2 },
        { "check --source ", 2 },
        { "check --source {bad}", 1 },
        { "new faq/x --source ", 2 },
        { "new faq/x --source /proc", 2 },
        { "new faq/x --source {good} --title two\nlines", 2 },
        { "serve --source ", 2 },
        { "serve --source {root}/missing", 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Command_OnAFailingCase_PrintsADiagnosticAndNoStackTrace(string command, int exitCode)
    {
        var args = command.Split(' ').Select(_work.Expand).ToArray();

        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        var printed = result.Stdout + result.Stderr;
        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain("Unhandled exception", printed);
        Assert.DoesNotContain("internal error", printed);
        Assert.Matches(@"(error|warning) HG\d{4}", printed);
    }

    [Fact]
    public void Build_IntoAFolderWithUserFiles_DeletesNothing()
    {
        var before = FolderSnapshot.Of(_work.Expand("{user}"));

        Assert.Equal(2, CliRunner.Run("build", "--source", _work.Expand("{good}"), "--output", _work.Expand("{user}")).ExitCode);

        before.AssertSameAs(FolderSnapshot.Of(_work.Expand("{user}")));
    }

    /// <summary>The fixtures, made once: a good and a bad source, a file, a folder of user files, a link, a very deep site.</summary>
    public sealed class Workspace : IDisposable
    {
        private readonly TempSite _good = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\nA.\n");
        private readonly TempSite _bad = TempSite.Create("-- en/faq/a.md --\n---\ntitle: A\n---\n" + new string('>', 10_000) + "\n-- assets/x.txt --\nx\n");

        public Workspace()
        {
            File.WriteAllText(Path.Combine(_good.Root, "file.txt"), "a file");
            Directory.CreateDirectory(Path.Combine(_good.Root, "user"));
            File.WriteAllText(Path.Combine(_good.Root, "user", "notes.txt"), "keep me");
            Directory.CreateSymbolicLink(Path.Combine(_good.Root, "link"), _good.Source);
            Shell.Run(_bad.Source, "mkfifo en/faq/pipe.md assets/pipe.css; ln -s . assets/self; ln -s l2 assets/l1; ln -s l1 assets/l2");
            Shell.DeepFolders(_bad.Path("assets/deep"), 2000, "x.txt");
            Directory.CreateDirectory(Path.Combine(_good.Root, "deep"));
            File.WriteAllText(Path.Combine(_good.Root, "deep", "index.html"), "<!DOCTYPE html><html><head><title>x</title></head><body><a href=\"gone.html\">gone</a></body></html>");
            Shell.DeepFolders(Path.Combine(_good.Root, "deep"), 10_000, "page.html");
        }

        /// <summary>Replaces {good}, {bad}, {file}, {user}, {link}, {deep}, {new}, {root} in one argument.</summary>
        public string Expand(string arg) => arg
            .Replace("{good}", _good.Source).Replace("{bad}", _bad.Source).Replace("{root}", _good.Root)
            .Replace("{file}", Path.Combine(_good.Root, "file.txt")).Replace("{user}", Path.Combine(_good.Root, "user"))
            .Replace("{link}", Path.Combine(_good.Root, "link")).Replace("{deep}", Path.Combine(_good.Root, "deep"))
            .Replace("{new}", Path.Combine(_good.Root, "new"));

        public void Dispose()
        {
            Shell.Remove(_good.Root);
            Shell.Remove(_bad.Root);
        }
    }
}
