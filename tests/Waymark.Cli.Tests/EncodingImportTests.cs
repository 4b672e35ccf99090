using System.Text;

namespace Waymark.Cli.Tests;

/// <summary>A CSV file saved in a spreadsheet's older encoding is refused, naming the line, column and text, rather than stored with its "£" and "é" lost.</summary>
public sealed class EncodingImportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("waymark-cli-encoding-").FullName;

    private string Database => "sqlite:" + Path.Combine(folder, "waymark.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Windows1252File_IsRefused_NamingTheLineColumnAndText_AndStoresNothing()
    {
        string file = Path.Combine(folder, "areas.csv");
        byte[] text = Encoding.ASCII.GetBytes("LA Number,LA Name,Region,Type\n970,England,NA,NA\n982,Yorkshire and the Humber,NA,NA\n383,Leeds ");
        // "é" is the one byte 0xE9 in Windows-1252; as UTF-8 it is not a character at all.
        File.WriteAllBytes(file, [.. text, 0xE9, .. Encoding.ASCII.GetBytes("t,Yorkshire and the Humber,MD\n")]);

        CliRun run = CliRun.Of("import", "areas", file, "--database", Database);
        CliRun utf8 = CliRun.Of("import", "areas", WriteUtf8("Leeds \u00e9t"), "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("areas.csv, line 4, column LA Name: 'Leeds \uFFFDt' has a character that is not UTF-8 (shown as \uFFFD): the file was probably saved as Windows-1252 or \"ANSI\"; save it as \"CSV UTF-8\" and import it again", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, utf8.ExitCode);
        Assert.Contains("3 were added", utf8.Output, StringComparison.Ordinal);
    }

    private string WriteUtf8(string name)
    {
        string file = Path.Combine(folder, "areas-utf8.csv");
        File.WriteAllText(file, $"LA Number,LA Name,Region,Type\n970,England,NA,NA\n982,Yorkshire and the Humber,NA,NA\n383,{name},Yorkshire and the Humber,MD\n", new UTF8Encoding(false));
        return file;
    }
}
