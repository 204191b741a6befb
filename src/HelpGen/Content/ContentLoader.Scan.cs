using HelpGen.Configuration;
using HelpGen.Diagnostics;

namespace HelpGen.Content;

/// <summary>Walking the source tree: which folders are languages and sections, which files are articles and assets.</summary>
public sealed partial class ContentLoader
{
    private void Scan(List<ArticleFile> files, List<AssetFile> assets)
    {
        var languages = _config.Languages.ToHashSet(StringComparer.Ordinal);
        foreach (var dir in Entries(_root).OfType<DirectoryInfo>())
        {
            if (dir.Name == "assets")
            {
                CollectAssets(dir, "assets", assets);
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
            var display = _display.For(entry.FullName);
            if (entry is DirectoryInfo)
            {
                _diagnostics.Error(DiagnosticCodes.MisplacedFile, $"folders inside a section are not supported: move the articles up into {language}/{section.Name}/", display);
            }
            else if (!entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                _diagnostics.Warning(DiagnosticCodes.MisplacedFile, "only .md files are read in section folders; put images and files in assets/", display);
            }
            else if (ParseName(entry.Name[..^3], display) is var (slug, country) && slug is not null)
            {
                files.Add(new ArticleFile(entry.FullName, language, section.Name, slug, country));
            }
        }
    }

    private (string? Slug, string? Country) ParseName(string name, string display)
    {
        var dot = name.LastIndexOf('.');
        var slug = dot < 0 ? name : name[..dot];
        var country = dot < 0 ? null : name[(dot + 1)..].ToUpperInvariant();
        if (!SlugPattern().IsMatch(slug) || (country is not null && (country.Length != 2 || !IsoCodes.IsCountry(country))))
        {
            _diagnostics.Error(DiagnosticCodes.MisplacedFile, "an article file is named 'slug.md' or 'slug.<country>.md' (letters, digits, '-', '_'; country as ISO 3166 alpha-2)", display);
            return (null, null);
        }

        if (country is not null && _config.Locales.All(l => l.Country != country))
        {
            _diagnostics.Warning(DiagnosticCodes.UnknownCountryVariant, $"no locale has country {country}, so this variant is never shown", display);
        }

        return (slug, country);
    }

    private void CollectAssets(DirectoryInfo dir, string sitePath, List<AssetFile> assets)
    {
        foreach (var entry in Entries(dir.FullName))
        {
            var path = $"{sitePath}/{entry.Name}";
            if (entry is DirectoryInfo sub) CollectAssets(sub, path, assets);
            else assets.Add(new AssetFile(path, entry.FullName));
        }
    }

    /// <summary>The entries of a folder in ordinal order; links that leave the source folder are reported and skipped.</summary>
    private IEnumerable<FileSystemInfo> Entries(string directory)
    {
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.LinkTarget is not null && !IsInsideRoot(entry))
            {
                _diagnostics.Error(DiagnosticCodes.SymlinkOutsideSource, $"'{entry.Name}' is a symbolic link to '{entry.LinkTarget}', outside the source folder; it is not read", _display.For(entry.FullName));
                continue;
            }

            yield return entry;
        }
    }

    private bool IsInsideRoot(FileSystemInfo link)
    {
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists) return false;
        var full = Path.GetFullPath(target.FullName);
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
