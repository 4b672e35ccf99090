namespace Waymark.Cli;

/// <summary>The input files a stateless command reads: checked to exist, each named by its option, and opened for reading.</summary>
internal static class InputFiles
{
    /// <summary>Whether every given file exists; each missing one is named by its option on <paramref name="error"/>.</summary>
    public static bool AllExist(TextWriter error, params (string Option, FileInfo? File)[] files)
    {
        bool all = true;
        foreach ((string option, FileInfo? file) in files)
        {
            if (file is { Exists: false })
            {
                error.WriteLine($"{option}: there is no file {file.FullName}");
                all = false;
            }
        }

        return all;
    }

    /// <summary>Opens <paramref name="file"/> as UTF-8 text (a byte order mark is honoured), with a large buffer.</summary>
    public static StreamReader Open(FileInfo file) =>
        new(file.FullName, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
}
