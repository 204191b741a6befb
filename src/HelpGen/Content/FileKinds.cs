using System.Runtime.InteropServices;

namespace HelpGen.Content;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices, which must never be opened (reading a FIFO waits forever).
/// .NET has no API for the file type, so on Linux this asks <c>statx</c>, whose layout is the same on every
/// architecture; elsewhere every non-folder counts as a regular file.
/// </summary>
internal static class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>Null for a regular file, a folder or a link; otherwise what the entry is ("a named pipe (FIFO)", ...).</summary>
    public static string? SpecialKind(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0) return null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            Regular or Directory or SymbolicLink => null,
            0x1000 => "a named pipe (FIFO)",
            0xC000 => "a socket",
            0x2000 or 0x6000 => "a device",
            _ => "not a regular file",
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
