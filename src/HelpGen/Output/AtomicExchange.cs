using System.Runtime.InteropServices;

namespace HelpGen.Output;

/// <summary>
/// Swaps two folders in one atomic step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>. Where that is missing
/// (other systems, old kernels, file systems without support) <see cref="TryExchange"/> says so and the caller falls back.
/// </summary>
internal static class AtomicExchange
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when both paths were exchanged; false when the system cannot do it (nothing changed then).</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno is Einval or Enosys or Eperm or Enotsup
            ? false
            : throw new IOException($"cannot swap '{first}' and '{second}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    private const int Eperm = 1;
    private const int Einval = 22;
    private const int Enosys = 38;
    private const int Enotsup = 95;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(
        int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
