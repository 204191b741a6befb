using System.Text;
using HelpGen.Output;

namespace HelpGen.Tests.Checks;

/// <summary>Small in-memory sites for focused checker tests.</summary>
internal static class SiteOutputs
{
    public static OutputFile Page(string path, string body, PageOrigin? origin = null) =>
        new(path, Encoding.UTF8.GetBytes($"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>"), origin);

    public static OutputFile Asset(string path) => new(path, [1, 2, 3]);

    public static SiteOutput Site(params OutputFile[] files) => new(files);
}
