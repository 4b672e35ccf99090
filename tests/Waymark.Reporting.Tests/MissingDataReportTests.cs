using Microsoft.EntityFrameworkCore;

using Waymark.Periods;
using Waymark.Reporting.Building;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>
/// Every board of the demo in every period it holds, in every format: no format fails, and a period without
/// trackers or results says so in words a reader sees.
/// </summary>
public sealed class MissingDataReportTests(DemoReportStore store) : IClassFixture<DemoReportStore>
{
    private static readonly ReportFormat[] Formats = [ReportFormat.Html, ReportFormat.Pdf, ReportFormat.Docx, ReportFormat.Xlsx, ReportFormat.Csv];

    [Fact]
    public async Task EveryBoardAndPeriodOfTheDemo_IsWrittenInEveryFormat()
    {
        List<string> boards;
        List<ReportingPeriod> held;
        await using (var db = store.Open())
        {
            boards = await db.Boards.Select(b => b.Name).ToListAsync();
            held = [.. await db.Results.Select(r => r.Period).ToListAsync(), .. await db.Trackers.Select(t => t.Period).ToListAsync()];
        }

        List<ReportingPeriod> periods = [.. held.Select(p => p.Year).Distinct().Order()
            .SelectMany(y => new[] { ReportingPeriod.FinancialQuarter(y, 1), ReportingPeriod.FinancialQuarter(y, 2), ReportingPeriod.FinancialQuarter(y, 3), ReportingPeriod.FinancialQuarter(y, 4), ReportingPeriod.FinancialYear(y) })];
        Assert.NotEmpty(boards);
        Assert.True(periods.Count >= 15, $"the demo holds {periods.Count} periods");

        await using var printer = new PdfPrinter();
        var failures = new List<string>();
        int written = 0;
        foreach (string board in boards)
        {
            foreach (ReportingPeriod period in periods)
            {
                BoardReport report;
                await using (var db = store.Open())
                {
                    ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(board, period));
                    Assert.True(build.Succeeded, build.Error);
                    report = build.Report;
                }

                foreach (ReportFormat format in Formats)
                {
                    try
                    {
                        byte[] bytes = await ReportWriter.RenderAsync(report, format, printer);
                        Assert.NotEmpty(bytes);
                        written++;
                    }
#pragma warning disable CA1031 // Every failure is collected so that the test names them all.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        failures.Add($"{board} {period} {format.Code()}: {e.Message}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(boards.Count * periods.Count * Formats.Length, written);
    }

    [Fact]
    public async Task Q2200809_WithNoTrackersHeld_SaysSoInEveryFormat()
    {
        BoardReport report = await BuildAsync("2008/09 Q2");
        const string Sentence = "No action trackers are held for Q2 2008/09.";

        Assert.Equal([Sentence], report.MissingData);
        Assert.Contains(Sentence, report.ExecutiveSummary.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("update of performance against its priorities. " + Sentence, report.Conclusions.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain("No indicator is rated red", report.Conclusions.Paragraphs[0], StringComparison.Ordinal);

        string html = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Html)).Text;
        Assert.Contains($"<h2>4 Main issues</h2>\n<p>{Sentence}</p>", html, StringComparison.Ordinal);

        string docx = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Docx)).DocxText();
        Assert.Contains("Main issues\n" + Sentence + "\n", docx, StringComparison.Ordinal);

        var xlsx = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Xlsx));
        Assert.Contains("name=\"Report\"", xlsx.Part("xl/workbook.xml"), StringComparison.Ordinal);
        string sheet = xlsx.Part($"xl/worksheets/sheet{SheetCount(xlsx)}.xml");
        Assert.Contains("<x:t>Missing data</x:t>", sheet, StringComparison.Ordinal);
        Assert.Contains($"<x:t>{Sentence}</x:t>", sheet, StringComparison.Ordinal);
        Assert.Contains("<x:t>Q2 2008/09</x:t>", sheet, StringComparison.Ordinal);

        string pdf = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Pdf)).PdfText(store.Folder);
        Assert.Contains(Sentence, pdf.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Q3200809_WithFewResults_CountsOnlyTheResultsHeld()
    {
        BoardReport report = await BuildAsync("2008/09 Q3");

        Assert.Contains("Results are held for 3 of the 33 indicators at Q3 2008/09.", report.MissingData);
        Assert.Contains(
            "In addition a Performance Indicator (PI) report is provided. Results are held for 3 of the 33 indicators at Q3 2008/09; of these, 0% (0/3) are green and on track to hit target.",
            report.ExecutiveSummary.Paragraphs[0],
            StringComparison.Ordinal);

        string csv = new Rendered(await ReportWriter.RenderAsync(report, ReportFormat.Csv)).Text;
        Assert.Contains(",no result,Appendix 1, performance indicator report", csv.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static int SheetCount(Rendered xlsx) =>
        System.Text.RegularExpressions.Regex.Count(xlsx.Part("xl/workbook.xml"), "<x:sheet ");

    private async Task<BoardReport> BuildAsync(string period)
    {
        await using var db = store.Open();
        ReportBuild build = await BoardReportBuilder.BuildAsync(db, new ReportRequest(Data.Demo.DemoCouncil.Board, ReportingPeriod.Parse(period)));
        Assert.True(build.Succeeded, build.Error);
        return build.Report;
    }
}
