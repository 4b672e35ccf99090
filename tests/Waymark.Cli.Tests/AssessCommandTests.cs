using System.Text.Json;

using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class AssessCommandTests : IClassFixture<AssessCommandTests.Store>
{
    private readonly Store store;

    public AssessCommandTests(Store store) => this.store = store;

    [Fact]
    public void Assess_Cpa2007AtQ1_ReproducesSeed000_CultureComputedAt3AndTheRestCarriedForward()
    {
        // Culture: NI 88 93.0, NI 109 54 and NI 52 45.6 at Q1 2007/08 are all in the middle band: 2.0, scores 3, and
        // NI 52 at 44.9 (its lower threshold 45 less one unit) would make it 2, as the report warned it might become.
        CliRun run = CliRun.Of("assess", "--framework", "CPA", "--period", "2007/08 Q1", "--format", "csv", "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "block_group,block,score,state,provisional,predicted_score,predicted_provisional,what_would_move_it,prediction_note",
                ",Corporate Assessment,3,carried forward,yes,3,yes,,",
                ",Use of Resources,3,carried forward,yes,3,yes,,",
                "Level 1 Services,Children & Young People,3,carried forward,yes,3,yes,,",
                "Level 1 Services,Social Care (Adults),3,carried forward,yes,3,yes,,",
                "Level 1 Services,Benefits,3,carried forward,yes,3,yes,,",
                "Level 2 Services,Culture Service Assessment,3,computed,no,3,yes,NI 52 falling to 44.9 moves it down to 2,",
                "Level 2 Services,Environment Service Assessment,3,carried forward,yes,3,yes,no results yet,\"carried forward, as there is no year-end prediction for either of its 2 indicators\"",
                "Level 2 Services,Housing Service Assessment,3,carried forward,yes,3,yes,no results yet,\"carried forward, as there is no year-end prediction for either of its 2 indicators\"",
                ",Overall category,4 star,,yes,4 star,yes,,",
            ],
            run.OutputLines);
    }

    [Fact]
    public void Assess_CurrentFrameworkAtQ3_ScoresEachBlockFromItsIndicatorsAndSaysWhatWouldMoveIt()
    {
        // Safeguarding: NI 59 70.2, NI 64 4.1, NI 65 13.9, NI 66 87.4, NI 67 95.0 are all in the middle band: 2.0, scores 3.
        // Looked after children: four middle (2) and NI 147 92.3 top (3): total 11, exactly the step to 3; NI 147 at 89.9 drops it to 10.
        CliRun run = CliRun.Of("assess", "--period", "2010/11 Q3", "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Self-assessment 2010/11: Children's Services self-assessment 2010/11 (illustrative thresholds), results to Q3 2010/11", run.OutputLines[0]);
        string[] rows = [.. run.OutputLines.Skip(3).Take(4).Select(l => string.Join(" | ", l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];
        Assert.Equal(
            [
                "Leadership and management | none | not scored | no prediction",
                "Safeguarding | 3 | computed | 3 (provisional) | NI 66 falling to 84.9 moves it down to 2",
                "Looked after children | 3 | computed | 3 (provisional) | NI 147 falling to 89.9 moves it down to 2",
                "Young people | 2 | computed | 2 (provisional) | NI 112 falling to 35.0 moves it up to 3; NI 43 rising to 10.0 moves it down to 1",
            ],
            rows);
        Assert.Contains("Overall category: Requires improvement; predicted Requires improvement", run.OutputLines);
        Assert.Contains(
            "Leadership and management, predicted score: no prediction, as no inspection score has been entered for this round and there is no previous score to carry forward.",
            run.OutputLines);
    }

    [Fact]
    public void Assess_Cpa2007AtQ1Table_SaysWhyACarriedForwardBlockHasNoPredictionOfItsOwn()
    {
        CliRun run = CliRun.Of("assess", "--framework", "CPA", "--period", "2007/08 Q1", "--database", store.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Housing Service Assessment, predicted score: carried forward, as there is no year-end prediction for either of its 2 indicators.", run.OutputLines);
        Assert.DoesNotContain(run.OutputLines, l => l.StartsWith("Culture Service Assessment, predicted score:", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_Json_GivesEachIndicatorsBandAndEachMove()
    {
        CliRun run = CliRun.Of("assess", "--period", "2010/11 Q3", "--format", "json", "--database", store.Database);

        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement lac = json.RootElement.GetProperty("blocks")[2];
        Assert.Equal("Looked after children", lac.GetProperty("block").GetString());
        Assert.Equal(
            ["NI 61 84.6 middle", "NI 62 11.3 middle", "NI 63 68.4 middle", "NI 147 92.3 top", "NI 148 55.8 middle"],
            lac.GetProperty("indicators").EnumerateArray().Select(i => $"{i.GetProperty("indicator").GetString()} {i.GetProperty("latest").GetDecimal()} {i.GetProperty("band").GetString()}"));
        JsonElement move = lac.GetProperty("moves")[0];
        Assert.Equal(("NI 147", "down", 89.9m, 2), (move.GetProperty("indicator").GetString(), move.GetProperty("direction").GetString(), move.GetProperty("needed").GetDecimal(), move.GetProperty("score_after").GetInt32()));
        Assert.Equal("Requires improvement", json.RootElement.GetProperty("category").GetString());
    }

    [Fact]
    public void Assess_UnknownFramework_NamesTheStoredOnes()
    {
        CliRun run = CliRun.Of("assess", "--framework", "CAA", "--period", "2010/11 Q3", "--database", store.Database);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(["--framework: 'CAA' is not a stored framework: the stored frameworks are Children's Services self-assessment 2010/11, CPA 2007"], run.ErrorLines);
    }

    /// <summary>The Leeds sample with its framework file.</summary>
    public sealed class Store : IDisposable
    {
        private readonly LeedsStore leeds = new();

        public Store()
        {
            CliRun run = CliRun.Of("import", "framework", RepositoryPaths.Sample("framework.json"), "--database", leeds.Database);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"waymark import framework failed: {run.Error}");
            }
        }

        public string Database => leeds.Database;

        public void Dispose() => leeds.Dispose();
    }
}
