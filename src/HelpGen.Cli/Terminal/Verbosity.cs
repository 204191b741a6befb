using System.CommandLine;

namespace HelpGen.Cli.Terminal;

/// <summary>The global <c>--verbose</c> and <c>--quiet</c> options, added once to the root and inherited by every command.</summary>
internal static class Verbosity
{
    public const string VerboseName = "--verbose";
    public const string QuietName = "--quiet";

    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "Also print how long each stage took, then the CPU time, memory allocated, garbage collections and peak memory (to stderr).",
        Recursive = true,
    };

    public static Option<bool> Quiet() => new(QuietName, "-q")
    {
        Description = "Print only errors: no progress, warnings or summary line.",
        Recursive = true,
    };

    /// <summary>Makes <c>--verbose --quiet</c> a usage error.</summary>
    public static void RejectBoth(Option<bool> verbose, Option<bool> quiet) =>
        quiet.Validators.Add(result =>
        {
            if (result.GetValue(quiet) && result.GetValue(verbose))
            {
                result.AddError("--verbose and --quiet cannot be used together.");
            }
        });
}
