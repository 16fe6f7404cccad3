namespace ScoringKernel.Application.Setup;

/// <summary>
/// Paths given on the command line, resolved against the caller's working directory and checked before use, so that a
/// missing or unreadable one is a <see cref="SetupMistake"/> naming the option rather than an exception from deep inside.
/// </summary>
public static class SetupPaths
{
    /// <summary>The full path of a folder that exists and can be listed.</summary>
    public static string Folder(string option, string value)
    {
        var full = Full(option, value);
        if (System.IO.File.Exists(full))
            throw new SetupMistake(option, value, $"这是一个文件,不是文件夹({full})", $"this is a file, not a folder ({full})");
        if (!Directory.Exists(full))
            throw new SetupMistake(option, value, $"找不到这个文件夹({full})", $"no such folder ({full})");
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(full).GetEnumerator();
            entries.MoveNext();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(option, value, full, "文件夹", "folder", e);
        }
        return full;
    }

    /// <summary>The full path of a file that exists and can be opened for reading.</summary>
    public static string File(string option, string value)
    {
        var full = Full(option, value);
        if (Directory.Exists(full))
            throw new SetupMistake(option, value, $"这是一个文件夹,不是文件({full})", $"this is a folder, not a file ({full})");
        if (!System.IO.File.Exists(full))
            throw new SetupMistake(option, value, $"找不到这个文件({full})", $"no such file ({full})");
        try
        {
            using var _ = System.IO.File.OpenRead(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(option, value, full, "文件", "file", e);
        }
        return full;
    }

    /// <summary>A file's bytes, or a <see cref="SetupMistake"/> saying why they cannot be read.</summary>
    public static byte[] ReadFile(string option, string value)
    {
        var full = File(option, value);
        try { return System.IO.File.ReadAllBytes(full); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(option, value, full, "文件", "file", e);
        }
    }

    private static string Full(string option, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new SetupMistake(option, value, "没有给出路径", "no path given");
        try { return Path.GetFullPath(value); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new SetupMistake(option, value, "不是一个可用的路径", $"not a usable path ({e.Message})");
        }
    }

    private static SetupMistake Unreadable(string option, string value, string full, string zhKind, string enKind, Exception e) =>
        e is UnauthorizedAccessException
            ? new(option, value, $"没有读取这个{zhKind}的权限({full})", $"no permission to read this {enKind} ({full})")
            : new(option, value, $"读不了这个{zhKind}({full}):{e.Message}", $"cannot read this {enKind} ({full}): {e.Message}");
}
