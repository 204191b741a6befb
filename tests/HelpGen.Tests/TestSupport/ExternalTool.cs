namespace HelpGen.Tests.TestSupport;

/// <summary>
/// A program some tests need (Chromium, Node.js): where it was found, or where it was looked for. A missing tool
/// skips those tests with a visible reason on a developer's machine, but not under <c>CI=true</c>: there they run
/// and fail with <see cref="MissingMessage"/>, so coverage never silently drops.
/// </summary>
/// <param name="Name">What the tool is, for messages ("Chromium", "Node.js 20 or later").</param>
/// <param name="Path">The executable, or null when not found.</param>
/// <param name="Searched">Where it was looked for, or why what was found is unusable.</param>
/// <param name="Hint">How to install it or point the tests at it.</param>
public sealed record ExternalTool(string Name, string? Path, string Searched, string Hint)
{
    public bool IsFound => Path is not null;

    /// <summary>True under CI (<c>CI</c> set to anything but empty, <c>false</c> or <c>0</c>).</summary>
    public static bool OnCi => IsCi(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Why a test needing this tool is skipped, or null when it should run (found, or on CI).</summary>
    public string? SkipReason => IsFound || OnCi ? null : $"{Name} not found. {Searched}. {Hint}";

    public string MissingMessage => $"{Name} not found (CI=true, so this fails instead of skipping). {Searched}. {Hint}";

    /// <summary>"Class.Test (skipped: reason)", the display name of a skipped test (class taken from its file name).</summary>
    public static string SkippedName(string file, string test, string reason) =>
        $"{System.IO.Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/')[^1])}.{test} (skipped: {reason})";

    public static bool IsCi(string? value) =>
        !string.IsNullOrEmpty(value) && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";

    /// <summary>Fails the test with <see cref="MissingMessage"/> unless the tool was found; returns its path.</summary>
    public string Require()
    {
        Assert.True(IsFound, MissingMessage);
        return Path!;
    }
}
