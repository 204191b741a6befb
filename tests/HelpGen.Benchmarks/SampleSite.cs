using HelpGen.Configuration;
using HelpGen.Content;
using HelpGen.Diagnostics;

namespace HelpGen.Benchmarks;

/// <summary>The repository's <c>articles/</c> folder, loaded and planned once per benchmark class.</summary>
internal static class SampleSite
{
    /// <summary>The <c>articles/</c> folder next to HelpGen.sln, found from the benchmark's folder upwards.</summary>
    public static string Source
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "HelpGen.sln"))) return Path.Combine(dir.FullName, "articles");
            }

            throw new InvalidOperationException("HelpGen.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static SitePlan Plan()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Source, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted));
        return SitePlanner.Plan(ContentLoader.Load(Source, config, diagnostics), includeDrafts: false);
    }
}
