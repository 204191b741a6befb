using System.Runtime.InteropServices;

namespace HelpGen.Tests.TestSupport;

/// <summary>
/// Finds Chromium or Chrome for the browser tests: <c>HELPGEN_CHROMIUM</c>, then the browser's names on PATH, then
/// the usual install locations on Linux, macOS and Windows, then Playwright's own browser cache.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<ExternalTool> Found = new(() => Locate(ToolLocator.Default));

    public static ExternalTool Tool => Found.Value;

    public static ExternalTool Locate(ToolLocator locator)
    {
        var (path, searched) = locator.Find("HELPGEN_CHROMIUM", NamesOnPath, Locations(locator.Environment));
        return new ExternalTool("Chromium", path, searched, "Install Chromium or Chrome (Debian: apt-get install chromium; elsewhere, after a build: pwsh tests/HelpGen.Tests/bin/Debug/net10.0/playwright.ps1 install chromium) or set HELPGEN_CHROMIUM to its executable");
    }

    private static string[] NamesOnPath =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
            ? ["chrome.exe", "chromium.exe", "msedge.exe"]
            : ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>Fixed locations of every platform (harmless elsewhere), then Playwright's cache.</summary>
    public static IEnumerable<string> Locations(Func<string, string?> environment)
    {
        string[] fixedPaths =
        [
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium", "/opt/google/chrome/chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            Path.Combine(environment("ProgramFiles") ?? @"C:\Program Files", "Google", "Chrome", "Application", "chrome.exe"),
            Path.Combine(environment("ProgramFiles(x86)") ?? @"C:\Program Files (x86)", "Google", "Chrome", "Application", "chrome.exe"),
            Path.Combine(environment("LOCALAPPDATA") ?? @"C:\Users\Default\AppData\Local", "Chromium", "Application", "chrome.exe"),
        ];
        return fixedPaths.Concat(PlaywrightCache(environment));
    }

    private static IEnumerable<string> PlaywrightCache(Func<string, string?> environment)
    {
        var home = environment("HOME") ?? environment("USERPROFILE");
        string?[] roots =
        [
            environment("PLAYWRIGHT_BROWSERS_PATH"),
            home is null ? null : Path.Combine(home, ".cache", "ms-playwright"),
            home is null ? null : Path.Combine(home, "Library", "Caches", "ms-playwright"),
            environment("LOCALAPPDATA") is { } local ? Path.Combine(local, "ms-playwright") : null,
        ];
        string[] inside =
        [
            Path.Combine("chrome-linux64", "chrome"), Path.Combine("chrome-linux", "chrome"),
            Path.Combine("chrome-mac-arm64", "Chromium.app", "Contents", "MacOS", "Chromium"), Path.Combine("chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"),
            Path.Combine("chrome-win64", "chrome.exe"), Path.Combine("chrome-win", "chrome.exe"),
        ];
        return roots.SelectMany(root => inside.SelectMany(relative => ToolLocator.Expand(root, "chromium-*", relative)));
    }
}
