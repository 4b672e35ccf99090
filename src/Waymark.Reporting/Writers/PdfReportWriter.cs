using Microsoft.Playwright;

using Waymark.Reporting.Content;

namespace Waymark.Reporting.Writers;

/// <summary>
/// The report as PDF: the HTML report printed on A4 with page numbers by the system's headless Chromium, driven by
/// Playwright. Chromium is the Debian package at <see cref="ChromiumPath"/>; no browser is ever downloaded, and the
/// arguments keep it from reaching the network.
/// </summary>
public static class PdfReportWriter
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static async Task WriteAsync(BoardReport report, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"A PDF is printed by Chromium, and there is no {ChromiumPath}: install the Debian package chromium (scripts/setup does).");
        }

        string html = HtmlReportWriter.Write(report);
        using IPlaywright playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        }).ConfigureAwait(false);
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false }).ConfigureAwait(false);
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("data:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync()).ConfigureAwait(false);
        await page.SetContentAsync(html).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        byte[] pdf = await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style=\"font-family: Arial, sans-serif; font-size: 9px; width: 100%; text-align: center;\">Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>",
            Margin = new Margin { Top = "18mm", Bottom = "20mm", Left = "15mm", Right = "15mm" },
            Tagged = true,
            Outline = true,
        }).ConfigureAwait(false);
        await stream.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
    }
}
