using System.Diagnostics;

using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>
/// The demo's Q3 2010/11 report (seed 001's) written once as HTML, as the PDF Chromium prints from it, and as the
/// DOCX with its LibreOffice rendering to PDF (Debian's <c>libreoffice-writer-nogui</c>, from <c>scripts/setup</c>),
/// shared by the tests that read them, as LibreOffice is slow to start. LibreOffice runs with a profile of its own in
/// the store's folder, so tests running at the same time never share one, and reaches no address at all.
/// </summary>
public sealed class DemoRenders : IAsyncLifetime
{
    public const string Period = "2010/11 Q3";

    private const string Soffice = "/usr/bin/soffice";

    public DemoReportStore Store { get; } = new();

    public BoardReport Report { get; private set; } = null!;

    public string Html { get; private set; } = string.Empty;

    internal Rendered Pdf { get; private set; } = null!;

    internal Rendered Docx { get; private set; } = null!;

    /// <summary>The DOCX as LibreOffice prints it to PDF.</summary>
    internal Rendered WordPdf { get; private set; } = null!;

    /// <summary>How long LibreOffice took to start and convert the DOCX.</summary>
    public TimeSpan Conversion { get; private set; }

    public async Task InitializeAsync()
    {
        await Store.InitializeAsync();
        await using (var db = Store.Open())
        {
            ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(Data.Demo.DemoCouncil.Board, ReportingPeriod.Parse(Period)));
            Assert.True(build.Succeeded, build.Error);
            Report = build.Report;
        }

        Html = new Rendered(await ReportWriter.RenderAsync(Report, ReportFormat.Html)).Text;
        Docx = new Rendered(await ReportWriter.RenderAsync(Report, ReportFormat.Docx));
        Task<byte[]> pdf = ReportWriter.RenderAsync(Report, ReportFormat.Pdf);
        var clock = Stopwatch.StartNew();
        WordPdf = new Rendered(await ConvertAsync(Docx.Bytes));
        Conversion = clock.Elapsed;
        Pdf = new Rendered(await pdf);

        // To look at the pages: WAYMARK_KEEP_RENDERS=/some/folder keeps the four files there.
        if (Environment.GetEnvironmentVariable("WAYMARK_KEEP_RENDERS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllTextAsync(Path.Combine(keep, "report.html"), Html);
            await File.WriteAllBytesAsync(Path.Combine(keep, "report.pdf"), Pdf.Bytes);
            await File.WriteAllBytesAsync(Path.Combine(keep, "report.docx"), Docx.Bytes);
            await File.WriteAllBytesAsync(Path.Combine(keep, "report-docx.pdf"), WordPdf.Bytes);
        }
    }

    public Task DisposeAsync() => Store.DisposeAsync();

    private async Task<byte[]> ConvertAsync(byte[] docx)
    {
        Assert.True(File.Exists(Soffice), $"{Soffice} is missing: run scripts/setup, which installs libreoffice-writer-nogui.");
        string folder = Directory.CreateDirectory(Path.Combine(Store.Folder, "libreoffice")).FullName;
        string input = Path.Combine(folder, "report.docx");
        await File.WriteAllBytesAsync(input, docx);
        var start = new ProcessStartInfo(Soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (string argument in (string[])[$"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", folder, input])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = folder;
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"LibreOffice did not convert the DOCX within 5 minutes: {await output} {await errors}");
        }

        string pdf = Path.Combine(folder, "report.pdf");
        Assert.True(process.ExitCode == 0 && File.Exists(pdf), $"LibreOffice exited with {process.ExitCode}: {await output} {await errors}");
        return await File.ReadAllBytesAsync(pdf);
    }
}
