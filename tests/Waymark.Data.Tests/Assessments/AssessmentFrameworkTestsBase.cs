using Microsoft.EntityFrameworkCore;
using Waymark.Assessments;
using Waymark.Data.Assessments;
using Waymark.Data.Imports;
using Waymark.Data.Store;
using Waymark.Data.Tests.Imports;
using Waymark.Periods;
using Waymark.Testing;

namespace Waymark.Data.Tests.Assessments;

/// <summary>Assessment frameworks read from the framework file, stored, and worked out from stored results, on each engine.</summary>
public abstract class AssessmentFrameworkTestsBase : IAsyncLifetime
{
    /// <summary>
    /// CPA 2007 with two blocks judged by inspection and two scored from indicators (points 1, 2, 3; the average
    /// scores 1 to 4 from 1.5, 2.0 and 2.5); CPA 2006 scored by hand.
    /// </summary>
    private const string Framework = """
        {
          "council": { "name": "Leeds City Council", "la_number": 383 },
          "assessments": [
            {
              "framework": "CPA",
              "round": "CPA 2006",
              "scores": [
                { "block": "Corporate Assessment", "score": "3" },
                { "block": "Use of Resources", "score": "2" },
                { "block_group": "Level 2 Services", "block": "Culture Service Assessment", "score": "2" },
                { "block_group": "Level 2 Services", "block": "Housing Service Assessment", "score": "3" }
              ]
            }
          ],
          "assessment_frameworks": [
            {
              "name": "CPA",
              "version": "2007",
              "round": "CPA 2007",
              "period": "2007/08",
              "previous_round": "CPA 2006",
              "current": true,
              "new_results_share": 0.5,
              "illustrative": true,
              "blocks": [
                { "name": "Corporate Assessment", "judged_by_inspection": true },
                { "name": "Use of Resources", "judged_by_inspection": true },
                {
                  "group": "Level 2 Services",
                  "name": "Culture Service Assessment",
                  "basis": "average",
                  "steps": [{ "from": 0, "score": 1 }, { "from": 1.5, "score": 2 }, { "from": 2.0, "score": 3 }, { "from": 2.5, "score": 4 }],
                  "indicators": [
                    { "indicator": "NI 59", "lower": 60, "upper": 75 },
                    { "indicator": "NI 112", "lower": 50, "upper": 40, "at_threshold": "worse", "points": { "bottom": 1, "middle": 2, "top": 3 } }
                  ]
                },
                {
                  "group": "Level 2 Services",
                  "name": "Housing Service Assessment",
                  "basis": "total",
                  "steps": [{ "from": 0, "score": 1 }, { "from": 3, "score": 2 }, { "from": 5, "score": 3 }, { "from": 6, "score": 4 }],
                  "indicators": [
                    { "indicator": "NI 66", "lower": 80, "upper": 90 },
                    { "indicator": "NI 43", "lower": 10, "upper": 5 }
                  ]
                }
              ],
              "categories": [
                { "category": "4 star", "when": ["Corporate Assessment at least 3", "no block below 3"] },
                { "category": "3 star", "when": ["no block below 2"] },
                { "category": "2 star" }
              ]
            }
          ]
        }
        """;

    private readonly FakeClock clock = new(new DateTimeOffset(2007, 8, 1, 9, 0, 0, TimeSpan.Zero));

    protected DatabaseLocation Location { get; set; } = DatabaseLocation.Default;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected async Task MigrateAsync()
    {
        await using WaymarkDb db = Open();
        await SchemaMigrator.MigrateAsync(db, clock);
    }

    private WaymarkDb Open() => WaymarkDatabase.Open(Location, clock, "importer@example.org");

    private async Task<ImportReport> ImportAsync(string json)
    {
        await using (WaymarkDb db = Open())
        {
            if (!await db.Indicators.AnyAsync())
            {
                using var reader = new StreamReader(RepositoryPaths.Sample("indicators.csv"));
                Assert.True((await IndicatorImport.ImportAsync(db, reader, "indicators.csv", new ImportOptions("importer@example.org", clock))).Succeeded);
            }
        }

        await using WaymarkDb store = Open();
        return await FrameworkImport.ImportAsync(store, new StringReader(json), "framework.json", new ImportOptions("importer@example.org", clock));
    }

    private async Task ResultsAsync(string csv)
    {
        await using WaymarkDb db = Open();
        ImportReport report = await ResultImport.ImportAsync(db, new StringReader("indicator,period,value,numerator,denominator,predicted_year_end,data_quality,commentary\n" + csv), "results.csv", new ImportOptions("importer@example.org", clock));
        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
    }

    private async Task<FrameworkAssessment> AssessAsync(string period)
    {
        await using WaymarkDb db = Open();
        AssessmentFrameworkVersion framework = (await StoredAssessments.FindAsync(db, null))!;
        return (await StoredAssessments.AssessAsync(db, framework, ReportingPeriod.Parse(period))).Assessment;
    }

    [Fact]
    public async Task Import_FrameworkSection_StoresItsBlocksThresholdsAndRules()
    {
        ImportReport report = await ImportAsync(Framework);

        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));
        await using WaymarkDb db = Open();
        AssessmentFrameworkVersion stored = (await StoredAssessments.FindAsync(db, "CPA 2007"))!;
        Assert.Equal(("CPA", "2007", "CPA 2006", true, 0.5m), (stored.Name, stored.Version, stored.PreviousRound, stored.IsCurrent, stored.NewResultsShare));
        Assert.Equal(
            ["Corporate Assessment: inspection", "Use of Resources: inspection", "Culture Service Assessment: average of 2", "Housing Service Assessment: total of 2"],
            stored.Blocks.OrderBy(b => b.Position).Select(b => b.Basis is null ? $"{b.Name}: inspection" : $"{b.Name}: {b.Basis} of {b.Indicators.Count}"));
        AssessmentThreshold ni112 = stored.Blocks.Single(b => b.Name == "Culture Service Assessment").Indicators.Single(t => t.Position == 2);
        Assert.Equal((50m, 40m, "worse"), (ni112.LowerThreshold, ni112.UpperThreshold, ni112.AtThreshold));
        Assert.Equal(["4 star: Corporate Assessment at least 3\nno block below 3", "3 star: no block below 2", "2 star: "], stored.CategoryRules.OrderBy(r => r.Position).Select(r => $"{r.Category}: {r.Conditions}"));
    }

    [Fact]
    public async Task Import_SameFrameworkAgain_ChangesNothing()
    {
        await ImportAsync(Framework);

        ImportReport again = await ImportAsync(Framework);

        Assert.True(again.Succeeded);
        Assert.Equal((0L, 0L), (again.Added, again.Changed));
    }

    [Fact]
    public async Task Import_ChangedThreshold_ReplacesTheBlocksAndCountsOneChange()
    {
        await ImportAsync(Framework);

        ImportReport changed = await ImportAsync(Framework.Replace("\"lower\": 60, \"upper\": 75", "\"lower\": 62, \"upper\": 75", StringComparison.Ordinal));

        Assert.Equal((0L, 1L), (changed.Added, changed.Changed));
        await using WaymarkDb db = Open();
        Assert.Equal(62m, (await db.Set<AssessmentThreshold>().SingleAsync(t => t.UpperThreshold == 75m)).LowerThreshold);
        Assert.Equal(4, await db.Set<AssessmentThreshold>().CountAsync());
    }

    [Theory]
    [InlineData("\"lower\": 60, \"upper\": 75", "\"lower\": 75, \"upper\": 60", "assessment_frameworks[0].blocks[2].indicators[0].upper: NI 59: the upper threshold 60 is below the lower threshold 75, but higher is better")]
    [InlineData("\"lower\": 50, \"upper\": 40", "\"lower\": 40, \"upper\": 50", "assessment_frameworks[0].blocks[2].indicators[1].upper: NI 112: the upper threshold 50 is above the lower threshold 40, but lower is better")]
    [InlineData("\"Corporate Assessment at least 3\"", "\"Corporate Asessment at least 3\"", "assessment_frameworks[0].categories[0].when[0]: 'Corporate Asessment' is not a block of this framework: add it to blocks, or correct the name")]
    [InlineData("\"no block below 3\"", "\"mostly 3\"", "assessment_frameworks[0].categories[0].when[1]: \"mostly 3\" is not a condition: write \"BLOCK at least N\", \"no block below N\" or \"N blocks at least M\"")]
    [InlineData("{ \"from\": 2.0, \"score\": 3 }", "{ \"from\": 2.0, \"score\": 2 }", "assessment_frameworks[0].blocks[2].steps: The step from 2.0 scores 2, no more than the step from 1.5")]
    [InlineData("\"indicator\": \"NI 66\"", "\"indicator\": \"NI 999\"", "assessment_frameworks[0].blocks[3].indicators[0].indicator: 'NI 999' is not a stored indicator: import the indicators first, or correct the code")]
    [InlineData("\"basis\": \"total\"", "\"basis\": \"sum\"", "assessment_frameworks[0].blocks[3].basis: 'sum' is not a basis: write total or average")]
    [InlineData("\"new_results_share\": 0.5", "\"new_results_share\": 50", "assessment_frameworks[0].new_results_share: 50 is not a share: write a number from 0 to 1, such as 0.5 for half of a block's indicators")]
    public async Task Import_BadFramework_NamesTheFieldAndStoresNothing(string from, string to, string problem)
    {
        string json = Framework.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Framework, json);

        ImportReport report = await ImportAsync(json);

        Assert.False(report.Succeeded);
        Assert.Equal([problem], report.Problems.Kept.Select(p => $"{p.Column}: {p.Message}"));
        await using WaymarkDb db = Open();
        Assert.Equal(0, await db.AssessmentFrameworks.CountAsync());
        Assert.Equal(0, await db.AssessmentScores.CountAsync());
    }

    [Fact]
    public async Task Assess_Q1Results_ScoreTheBlocksWithNewResultsAndCarryTheRestForward()
    {
        await ImportAsync(Framework);
        // Culture: NI 59 at 75.0 (top, 3) and NI 112 at 45 (middle, 2) in Q1 2007/08: average 2.5, scores 4.
        // Housing: only NI 66 has a result, and that from 2006/07 (not new): 0 of 2 new, so CPA 2006's 3 stands.
        await ResultsAsync("""
            NI 59,2007/08 Q1,75.0,,,,,
            NI 112,2007/08 Q1,45.0,,,,,
            NI 66,2006/07 Q4,91.0,,,,,
            """);

        FrameworkAssessment assessment = await AssessAsync("2007/08 Q1");

        Assert.Equal(
            [
                "Corporate Assessment: 3 CarriedForward provisional",
                "Use of Resources: 2 CarriedForward provisional",
                "Culture Service Assessment: 4 Computed",
                "Housing Service Assessment: 3 CarriedForward provisional",
            ],
            assessment.Blocks.Select(b => $"{b.Block.Name}: {b.Score} {b.State}{(b.Provisional ? " provisional" : string.Empty)}"));
        Assert.Equal("3 star", assessment.Category);
        BlockAssessment housing = assessment.Blocks[3];
        Assert.Equal("Carried forward from the previous round: 0 of 2 indicators have a new result.", housing.ProvisionalReason);
        Assert.Equal([ThresholdBand.Top, null], housing.Indicators.Select(i => i.Band));
    }

    [Fact]
    public async Task Assess_InspectionScoreEnteredForTheRound_IsTakenAsEntered()
    {
        const string Round2007 = """
            ,
                {
                  "framework": "CPA",
                  "round": "CPA 2007",
                  "provisional": true,
                  "scores": [{ "block": "Use of Resources", "score": "3" }, { "block": "Corporate Assessment", "score": "3", "carried_forward": true }]
                }
              ],
              "assessment_frameworks"
            """;
        string json = Framework.Replace("\n  ],\n  \"assessment_frameworks\"", Round2007, StringComparison.Ordinal);
        Assert.NotEqual(Framework, json);
        ImportReport report = await ImportAsync(json);
        Assert.True(report.Succeeded, string.Join('\n', report.Problems.Kept));

        FrameworkAssessment assessment = await AssessAsync("2007/08 Q1");

        BlockAssessment resources = assessment.Blocks[1];
        Assert.Equal((3, BlockScoreState.Inspection, false), (resources.Score, resources.State, resources.Provisional));
        BlockAssessment corporate = assessment.Blocks[0];
        Assert.Equal((3, BlockScoreState.CarriedForward, true), (corporate.Score, corporate.State, corporate.Provisional));
    }
}
