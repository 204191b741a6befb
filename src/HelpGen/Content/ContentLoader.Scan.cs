using System.Text;
using HelpGen.Configuration;
using HelpGen.Diagnostics;

namespace HelpGen.Content;

/// <summary>Walking the source tree: which folders are languages and sections, which files are articles and assets.</summary>
public sealed partial class ContentLoader
{
    /// <summary>How deep folders under assets/ may nest (documented in docs/authoring.md).</summary>
    public const int MaxAssetDepth = 32;

    private void Scan(List<ArticleFile> files, List<AssetFile> assets)
    {
        var languages = _config.Languages.ToHashSet(StringComparer.Ordinal);
        foreach (var dir in Entries(_root).OfType<DirectoryInfo>())
        {
            if (dir.Name == "assets")
            {
                CollectAssets(dir, "assets", assets, 1);
            }
            else if (languages.Contains(dir.Name))
            {
                ScanLanguage(dir, files);
            }
            else if (IsoCodes.IsLanguage(dir.Name))
            {
                _diagnostics.Warning(DiagnosticCodes.UnusedLanguage, $"language folder '{dir.Name}' is not used by any locale in site.yml and is skipped", _display.For(dir.FullName));
            }
            else if (!dir.Name.StartsWith('.'))
            {
                _diagnostics.Warning(DiagnosticCodes.MisplacedFile, $"folder '{dir.Name}' is neither a language folder nor assets/ and is skipped", _display.For(dir.FullName));
            }
        }
    }

    private void ScanLanguage(DirectoryInfo language, List<ArticleFile> files)
    {
        foreach (var entry in Entries(language.FullName))
        {
            if (entry is FileInfo file)
            {
                _diagnostics.Error(DiagnosticCodes.MisplacedFile, $"'{file.Name}' must be inside a section folder, e.g. {language.Name}/faq/{file.Name}", _display.For(file.FullName));
            }
            else if (_config.FindSection(entry.Name) is null)
            {
                var known = string.Join(", ", _config.Sections.Select(s => s.Id));
                _diagnostics.Error(DiagnosticCodes.UnknownSection, $"section folder '{entry.Name}' is not listed under 'sections' in site.yml (known: {known})", _display.For(entry.FullName));
            }
            else
            {
                ScanSection(language.Name, (DirectoryInfo)entry, files);
            }
        }
    }

    private void ScanSection(string language, DirectoryInfo section, List<ArticleFile> files)
    {
        foreach (var entry in Entries(section.FullName))
        {
            if (entry is DirectoryInfo)
            {
                _diagnostics.Error(DiagnosticCodes.MisplacedFile, $"folders inside a section are not supported: move the articles up into {language}/{section.Name}/", _display.For(entry.FullName));
            }
            else if (!entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                _diagnostics.Warning(DiagnosticCodes.MisplacedFile, "only .md files are read in section folders; put images and files in assets/", _display.For(entry.FullName));
            }
            else if (ParseName(entry.Name[..^3], entry.FullName) is var (slug, country) && slug is not null)
            {
                files.Add(new ArticleFile(entry.FullName, language, section.Name, slug, country));
            }
        }
    }

    /// <param name="fullPath">The file's path, shown (as the display path) in a diagnostic.</param>
    private (string? Slug, string? Country) ParseName(string name, string fullPath)
    {
        if (!name.IsNormalized(NormalizationForm.FormC))
        {
            _diagnostics.Error(DiagnosticCodes.UnicodeNotNfc, $"the file name is in Unicode NFD (letters and accents stored apart, as some macOS tools write it): rename it to its NFC form '{name.Normalize(NormalizationForm.FormC)}.md'", _display.For(fullPath));
            return (null, null);
        }

        var dot = name.LastIndexOf('.');
        var slug = dot < 0 ? name : name[..dot];
        var country = dot < 0 ? null : name[(dot + 1)..].ToUpperInvariant();
        if (!SlugPattern().IsMatch(slug) || (country is not null && (country.Length != 2 || !IsoCodes.IsCountry(country))))
        {
            _diagnostics.Error(DiagnosticCodes.MisplacedFile, "an article file is named 'slug.md' or 'slug.<country>.md' (letters, digits, '-', '_'; country as ISO 3166 alpha-2)", _display.For(fullPath));
            return (null, null);
        }

        if (country is not null && _config.Locales.All(l => l.Country != country))
        {
            _diagnostics.Warning(DiagnosticCodes.UnknownCountryVariant, $"no locale has country {country}, so this variant is never shown", _display.For(fullPath));
        }

        return (slug, country);
    }

    private void CollectAssets(DirectoryInfo dir, string sitePath, List<AssetFile> assets, int depth)
    {
        if (depth > MaxAssetDepth)
        {
            _diagnostics.Error(DiagnosticCodes.MisplacedFile, $"assets/ folders may nest at most {MaxAssetDepth} levels deep; this folder is not read", _display.For(dir.FullName));
            return;
        }

        foreach (var entry in Entries(dir.FullName))
        {
            var path = $"{sitePath}/{entry.Name}";
            if (entry is DirectoryInfo sub) CollectAssets(sub, path, assets, depth + 1);
            else assets.Add(new AssetFile(path, entry.FullName));
        }
    }

    /// <summary>
    /// The entries of a folder in ordinal order, without what must not be read: links that leave the source folder or
    /// loop back to their own folder, FIFOs, sockets and devices. A folder that cannot be listed is one diagnostic.
    /// </summary>
    private List<FileSystemInfo> Entries(string directory)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.UnreadableFile, $"cannot read the folder: {ex.Message}", _display.For(directory));
            return [];
        }

        // Asking what each entry is costs a system call or two: the entries are asked side by side.
        var readable = new bool[entries.Count];
        Parallel.For(0, entries.Count, Parallelism.Options, i => readable[i] = IsReadable(entries[i], directory));
        return entries.Where((_, i) => readable[i]).ToList();
    }

    /// <summary>True for a symbolic link; asks for its target (a system call) only when the entry's attributes say it is a link.</summary>
    private static bool IsLink(FileSystemInfo entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;

    private bool IsReadable(FileSystemInfo entry, string directory)
    {
        if (IsLink(entry) && LinkProblem(entry, directory) is { } problem)
        {
            _diagnostics.Add(problem with { File = _display.For(entry.FullName) });
            return false;
        }

        if (entry is FileInfo && FileKinds.SpecialKind(entry.FullName) is { } kind)
        {
            _diagnostics.Warning(DiagnosticCodes.NotARegularFile, $"'{entry.Name}' is {kind}, not a regular file; it is skipped", _display.For(entry.FullName));
            return false;
        }

        return true;
    }

    /// <summary>Why a symbolic link is not followed, or null when it stays inside the source and does not loop.</summary>
    private Diagnostic? LinkProblem(FileSystemInfo link, string directory)
    {
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return Loop(link);
        }

        if (target is null || !target.Exists)
        {
            return new Diagnostic(Severity.Error, DiagnosticCodes.SymlinkOutsideSource, $"'{link.Name}' is a broken symbolic link (to '{link.LinkTarget}'); it is not read");
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return new Diagnostic(Severity.Error, DiagnosticCodes.SymlinkOutsideSource, $"'{link.Name}' is a symbolic link to '{link.LinkTarget}', outside the source folder; it is not read");
        }

        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        return target is DirectoryInfo && here.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Loop(link) : null;
    }

    private static Diagnostic Loop(FileSystemInfo link) =>
        new(Severity.Warning, DiagnosticCodes.SymlinkLoop, $"'{link.Name}' is a symbolic link loop (to '{link.LinkTarget}'); it is not followed");
}
