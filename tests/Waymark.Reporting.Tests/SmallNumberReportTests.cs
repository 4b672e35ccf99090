using Waymark.Disclosure;
using Waymark.Reporting.Content;
using Waymark.Reporting.Writers;

namespace Waymark.Reporting.Tests;

/// <summary>A report carrying a table of counts of people with small numbers in it, read back from every published format.</summary>
public sealed class SmallNumberReportTests(LeedsReportStore store) : IClassFixture<LeedsReportStore>
{
    private const string Caption = "16-17 year olds NEET or not known by SEN status, 2010 (test figures)";

    /// <summary>NEET counts and cohorts by group, with their percentage, and everyone as the last row.</summary>
    private static ReportTable Counts() =>
        new(
            Caption,
            [new("Group"), ReportColumn.Figures("NEET or not known"), ReportColumn.Figures("Cohort"), ReportColumn.Figures("%")],
            [
                Row("EHC plan", 3, 40, 7.5m),
                Row("SEN support", 12, 150, 8.0m),
                Row("No SEN", 30, 1000, 3.0m),
                Row("Looked after", 0, 4, 0.0m),
                Row("All young people aged 16 to 17", 45, 1194, 3.8m),
            ])
        {
            PeopleCounts = new PeopleCountShape([1, 2], TotalRow: true, Ratios: [new RatioColumn(3, 1, 2)]),
        };

    private static IReadOnlyList<ReportCell> Row(string group, int count, int cohort, decimal percent) =>
    [
        ReportCell.Plain(group),
        ReportCell.Figure($"{count:N0}", count, "number", 0),
        ReportCell.Figure($"{cohort:N0}", cohort, "number", 0),
        ReportCell.Figure($"{percent:0.0}%", percent, "percent", 1),
    ];

    [Fact]
    public void Protect_CountsByGroup_SuppressesSmallCountsTheFiguresThatGiveThemAwayAndTheirRates()
    {
        ReportTable shown = SmallNumbers.Protect(Counts(), SmallNumberThreshold.Default);

        Assert.Equal(
            [
                "EHC plan | c | c | c",
                "SEN support | c | 150 | c",
                "No SEN | 30 | 1,000 | 3.0%",
                "Looked after | 0 | c | c",
                "All young people aged 16 to 17 | 45 | 1,194 | 3.8%",
            ],
            shown.Rows.Select(r => string.Join(" | ", r.Select(c => c.Text))));
        Assert.Equal(
            [
                "suppressed: a count of 5 or fewer",
                "suppressed so that another suppressed figure cannot be worked out",
                "suppressed: worked out from a count of 5 or fewer or another suppressed figure",
            ],
            shown.Rows[0].Skip(1).Select(c => c.Note));
        Assert.Null(shown.Rows[0][1].Number);
    }

    [Fact]
    public async Task EveryPublishedFormat_ForThePublic_ShowsNoSuppressedFigure()
    {
        BoardReport report = (await Rendered.ModelAsync(store, "2010/11 Q3")) with { PeopleTables = [Counts()] };

        IReadOnlyList<string> leaks = await SmallNumberLeaks.FindAsync(report, Counts(), store.PathOf(string.Empty));

        Assert.Empty(leaks);
    }

    [Fact]
    public async Task EveryPublishedFormat_ForOfficers_ShowsTheValues()
    {
        BoardReport report = (await Rendered.ModelAsync(store, "2010/11 Q3")) with { PeopleTables = [Counts()], ShowsSmallNumbers = true };

        IReadOnlyList<string> leaks = await SmallNumberLeaks.FindAsync(report, Counts(), store.PathOf(string.Empty));

        Assert.Contains("html: row 'EHC plan' shows the suppressed NEET or not known 3", leaks);
        Assert.Contains("pdf: row 'EHC plan' shows the suppressed NEET or not known 3", leaks);
        Assert.Contains("docx: row 'EHC plan' shows the suppressed NEET or not known 3", leaks);
        Assert.Contains("xlsx: row 'Looked after' shows the suppressed Cohort 4", leaks);
        Assert.DoesNotContain(leaks, l => l.StartsWith("csv", StringComparison.Ordinal) || l.StartsWith("json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Workbook_ForThePublic_HasTheSuppressedCellsWithTheirReasons()
    {
        BoardReport report = (await Rendered.ModelAsync(store, "2010/11 Q3")) with { PeopleTables = [Counts()] };

        var sheet = ReportTables.Sheets(report).Single(s => s.Table.Caption == Caption).Table;

        Assert.Equal(["Looked after", "0", "c", "c"], sheet.Rows[3].Select(c => c.Text));
        Assert.Equal("suppressed so that another suppressed figure cannot be worked out", sheet.Rows[0][2].Note);
    }
}
