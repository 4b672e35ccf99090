using Microsoft.EntityFrameworkCore;

using Waymark.Data.Reports;
using Waymark.Periods;
using Waymark.Reporting.Publishing;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>
/// Text stored before control characters were refused, or written into the store by hand, does not stop the report
/// being built or published in any format: the Word and Excel files show U+FFFD where XML cannot hold a character.
/// </summary>
public sealed class StoredControlCharacterTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>, IAsyncLifetime
{
    private const string Period = "2010/11 Q3";
    private const string Hand = "by hand";

    public async Task InitializeAsync()
    {
        await using var db = store.Open();
        if (await db.ReportNarratives.AnyAsync(n => n.WrittenBy == Hand))
        {
            return;
        }

        foreach (var indicator in await db.Indicators.ToListAsync())
        {
            indicator.Definition = indicator.Definition with { Title = indicator.Definition.Title + " \u0007bell" };
        }

        foreach (var result in await db.Results.ToListAsync())
        {
            result.Commentary = "Rising\u000Bdemand\u0001";
        }

        foreach (var tracker in await db.Trackers.ToListAsync())
        {
            tracker.ContextualUpdate = "Update\u0000with a null";
        }

        int board = await db.Boards.Where(b => b.Name == LeedsReportStore.Board).Select(b => b.Id).SingleAsync();
        db.ReportNarratives.Add(new ReportNarrative
        {
            BoardId = board,
            Period = ReportingPeriod.Parse(Period),
            Section = Building.NarrativeSections.ExecutiveSummary,
            Text = "Summary\u001Fwritten by hand",
            WrittenBy = Hand,
            WrittenAt = store.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Docx)]
    [InlineData(ReportFormat.Xlsx)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Pdf)]
    public async Task Render_StoredTextWithControlCharacters_IsWrittenAndPublished(ReportFormat format)
    {
        var report = await Rendered.ModelAsync(store, Period);

        byte[] content = await ReportWriter.RenderAsync(report, format);
        await using var db = store.Open();
        PublishedReport published = await ReportPublisher.PublishAsync(db, report, format, content, store.Clock);

        Assert.NotEmpty(content);
        Assert.Equal(ReportPublisher.Hash(content), published.ContentHash);
        var rendered = new Rendered(content);
        switch (format)
        {
            case ReportFormat.Docx:
                string words = rendered.DocxText();
                Assert.Contains("\uFFFDbell", words, StringComparison.Ordinal);
                Assert.Contains("Update\uFFFDwith a null", words, StringComparison.Ordinal);
                break;
            case ReportFormat.Xlsx:
                Assert.Contains("Update\uFFFDwith a null", Sheets(content), StringComparison.Ordinal);
                break;
            case ReportFormat.Html:
                Assert.Contains("\uFFFDbell", rendered.Text, StringComparison.Ordinal);
                break;
            case ReportFormat.Csv:
                Assert.Contains(" \u0007bell", rendered.Text, StringComparison.Ordinal);
                break;
        }
    }

    private static string Sheets(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
