using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace HelpGen.Output;

/// <summary>
/// One build at a time per output folder: an exclusive lock on a file next to the output
/// (<see cref="OutputFolder.LockFile"/>). The operating system drops the lock when the holder exits or is killed,
/// so a stale lock file never blocks anyone; the file itself stays (it is empty of meaning without the lock).
/// </summary>
public sealed class OutputLock : IDisposable
{
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LinuxWouldBlock = 11;
    private const int MacWouldBlock = 35;
    private readonly FileStream _stream;

    private OutputLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>
    /// Takes the lock, retrying until <paramref name="wait"/> has passed. Null when another process still holds it;
    /// <paramref name="holder"/> then describes that process as its lock file says (pid, host, start time).
    /// I/O problems other than a held lock (read-only folder, missing permissions) throw.
    /// </summary>
    public static OutputLock? TryAcquire(OutputFolder folder, TimeSpan wait, out string holder)
    {
        Directory.CreateDirectory(folder.Parent);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (TryOpen(folder.LockFile) is { } stream)
            {
                holder = string.Empty;
                Describe(stream);
                return new OutputLock(stream);
            }

            if (deadline.Elapsed >= wait)
            {
                holder = ReadHolder(folder.LockFile);
                return null;
            }

            Thread.Sleep(100);
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>
    /// Opens the lock file and locks it: on Windows by opening it unshared, elsewhere with <c>flock</c>, taken here
    /// because .NET's own lock on open may be turned off (the CLI turns it off: System.IO.DisableFileLocking).
    /// </summary>
    private static FileStream? TryOpen(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex.HResult is SharingViolation or LinuxWouldBlock or MacWouldBlock)
        {
            return null;
        }

        if (OperatingSystem.IsWindows() || Flock(stream.SafeFileHandle, LockExclusive | LockNonBlocking) == 0) return stream;
        var error = Marshal.GetLastPInvokeError();
        stream.Dispose();
        if (error is LinuxWouldBlock or MacWouldBlock) return null;
        throw new IOException($"cannot lock {path} (error {error})");
    }

    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(SafeFileHandle descriptor, int operation);

    private static void Describe(FileStream stream)
    {
        var text = $"helpgen build, process {Environment.ProcessId} on {Environment.MachineName}, started {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n";
        stream.SetLength(0);
        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.Flush();
    }

    /// <summary>
    /// What the holder wrote into the lock file. Opened with libc's <c>open</c> because a .NET open may take a
    /// lock of its own, which the holder's exclusive lock refuses; on Windows the holder's file cannot be read at all.
    /// </summary>
    private static string ReadHolder(string path)
    {
        const string unknown = "another helpgen build";
        if (OperatingSystem.IsWindows()) return unknown;
        try
        {
            var descriptor = Open(path, 0);
            if (descriptor < 0) return unknown;
            using var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd().Trim();
            return text.Length == 0 ? unknown : text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return unknown;
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
