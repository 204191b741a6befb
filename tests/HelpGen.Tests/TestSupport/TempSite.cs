using System.Text;
using HelpGen.Building;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// A source folder in a fresh temporary directory, written from an inline multi-file text (Hugo-style):
/// each <c>-- path --</c> line starts a file whose content runs to the next such line. Deleted on dispose.
/// </summary>
public sealed class TempSite : IDisposable
{
    /// <summary>A site.yml with four locales (en-us, de-de, ru-ru, ru-kz), three sections and a baseUrl.</summary>
    public const string StandardConfig = """
        title: { en: Help Center, de: Hilfe-Center, ru: Справочный центр }
        baseUrl: https://help.example.org/
        defaultLocale: en-us
        locales:
          - { code: en-us, language: en, country: US }
          - { code: de-de, language: de, country: DE }
          - { code: ru-ru, language: ru, country: RU }
          - { code: ru-kz, language: ru, country: KZ }
        sections:
          - id: registration
            title: { en: Registration, de: Registrierung, ru: Регистрация }
          - id: payouts
            title: { en: Payouts, de: Auszahlungen, ru: Выплаты }
          - id: faq
            title: { en: FAQ, de: FAQ, ru: Вопросы }
        """;

    private TempSite(string root)
    {
        Root = root;
    }

    /// <summary>The folder (the parent of <see cref="Source"/>; outputs go next to it).</summary>
    public string Root { get; }

    /// <summary>The source folder holding site.yml.</summary>
    public string Source => System.IO.Path.Combine(Root, "src");

    /// <summary>Writes <paramref name="files"/>; adds <see cref="StandardConfig"/> as site.yml when the text has none.</summary>
    public static TempSite Create(string files, bool standardConfig = true)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "helpgen-tests", Guid.NewGuid().ToString("N"));
        var site = new TempSite(root);
        Directory.CreateDirectory(site.Source);
        var parsed = Parse(files);
        if (standardConfig && !parsed.ContainsKey("site.yml")) site.Write("site.yml", StandardConfig + "\n");
        foreach (var (path, content) in parsed) site.Write(path, content);
        return site;
    }

    /// <summary>The files of an inline multi-file text, by relative path.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var content = new StringBuilder();
        var lines = files.Replace("\r\n", "\n").Split('\n');
        foreach (var line in files.EndsWith('\n') ? lines[..^1] : lines)
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) result[current] = content.ToString();
                current = line[3..^3].Trim();
                content.Clear();
            }
            else if (current is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (current is not null) result[current] = content.ToString();
        return result;
    }

    /// <summary>The full path of a file in the source folder, given with '/'.</summary>
    public string Path(string relative) => System.IO.Path.Combine(Source, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public void Write(string relative, string content) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(content));

    public void WriteBytes(string relative, byte[] content)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Builds the source with the repository's default theme, keeping the output even on errors.</summary>
    public BuildResult Build(bool drafts = false, bool keepOutputOnErrors = true) =>
        new SiteBuilder().Build(new BuildOptions(Source, RepoRoot.DefaultTheme, drafts, KeepOutputOnErrors: keepOutputOnErrors));

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
