using System.IO.Compression;
using System.Text;
using HelpGen.Building;
using HelpGen.Output;

namespace HelpGen.Bundling;

/// <summary>
/// Packs a site built with <c>LinkStyle.IndexHtml</c> into a zip that works when unzipped anywhere and opened
/// from file://, without the host files (_redirects, _headers). Entries are sorted and carry a fixed timestamp, so the same site gives the same bytes.
/// </summary>
public static class OfflineBundle
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="homeLocale">When set, the zip's index.html opens this locale's home instead of the chooser.</param>
    /// <param name="progress">Receives <see cref="BuildProgress.Zip"/> counts as files are compressed.</param>
    public static byte[] Create(SiteOutput site, string? homeLocale, IProgress<BuildProgress>? progress = null)
    {
        var done = 0;
        var files = site.Files.Where(f => f.Path != "404.html" && !HostFiles.IsHostFile(f.Path)).ToList();
        if (homeLocale is not null)
        {
            files.RemoveAll(f => f.Path == "index.html");
            files.Add(new OutputFile("index.html", Encoding.UTF8.GetBytes(HomeRedirect(homeLocale))));
        }

        BuildProgress.Start(progress, BuildProgress.Zip, files.Count);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(file.Content);
                BuildProgress.Step(progress, BuildProgress.Zip, ref done, files.Count);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the zip next to its destination first (a fixed name, removed on failure), then moves it into place.</summary>
    public static void Write(byte[] zip, string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.helpgen-staging");
        try
        {
            File.WriteAllBytes(temporary, zip);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static string HomeRedirect(string locale) => $"""
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <title>{locale}</title>
        <meta http-equiv="refresh" content="0; url={locale}/index.html">
        </head>
        <body>
        <p><a href="{locale}/index.html">{locale}</a></p>
        </body>
        </html>

        """;
}
