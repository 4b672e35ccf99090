using System.Text;

using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>One browser printing many PDFs: started early, shared, closed when idle, started again when needed.</summary>
public sealed class PdfPrinterTests
{
    private const string Page = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Test</title></head><body><h1>Quarter 3</h1><p>45% are green.</p></body></html>";

    [Fact]
    public async Task Print_TwiceOnOnePrinter_LaunchesOneBrowser()
    {
        await using var printer = new PdfPrinter();
        printer.Start();
        Assert.True(printer.IsRunning);

        byte[][] pdfs = await Task.WhenAll(printer.PrintAsync(Page), printer.PrintAsync(Page.Replace("45%", "46%", StringComparison.Ordinal)));
        byte[] third = await printer.PrintAsync(Page);

        Assert.Equal(1, printer.Launches);
        Assert.All([.. pdfs, third], pdf => Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4)));
    }

    [Fact]
    public async Task Idle_ClosesTheBrowser_AndTheNextPrintStartsAnother()
    {
        await using var printer = new PdfPrinter(idleTime: TimeSpan.FromMilliseconds(300));
        await printer.PrintAsync(Page);

        await WaitUntilAsync(() => !printer.IsRunning);
        byte[] pdf = await printer.PrintAsync(Page);

        Assert.Equal(2, printer.Launches);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public async Task Dispose_ClosesTheBrowser_AndRefusesToPrint()
    {
        var printer = new PdfPrinter();
        await printer.PrintAsync(Page);

        await printer.DisposeAsync();

        Assert.False(printer.IsRunning);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => printer.PrintAsync(Page));
    }

    [Fact]
    public async Task Print_FetchesNothingFromTheNetwork()
    {
        await using var printer = new PdfPrinter();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        byte[] pdf = await printer.PrintAsync($"<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:{port}/logo.png\" alt=\"logo\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/a.css\"><p>Text</p></body></html>");

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.False(listener.Pending());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
