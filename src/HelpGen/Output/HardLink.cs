using System.Runtime.InteropServices;

namespace HelpGen.Output;

/// <summary>Hard links (.NET has no API for them): <c>link(2)</c> on Linux and macOS, <c>CreateHardLinkW</c> on Windows.</summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="link"/> a second name of the file <paramref name="existing"/>; false when the file system refuses (the caller copies).</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link")]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("kernel32", CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr security);
}
