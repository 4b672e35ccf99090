using Waymark.Assessments;
using Waymark.Indicators;

namespace Waymark.Domain.Tests.Assessments;

/// <summary>The words that say why a block's predicted score is missing, carried forward or rests on fewer indicators.</summary>
public class PredictionGapTests
{
    private static readonly BandPoints Points = new(1, 2, 3);

    private static readonly FrameworkBlock Environment = new(
        "Environment",
        null,
        [
            new AssessedIndicator("A", IndicatorThresholds.Create(Polarity.Higher, 60m, 75m), Points, 0),
            new AssessedIndicator("B", IndicatorThresholds.Create(Polarity.Lower, 12m, 8m), Points, 1),
            new AssessedIndicator("C", IndicatorThresholds.Create(Polarity.Higher, 40m, 50m), Points, 1),
            new AssessedIndicator("D", IndicatorThresholds.Create(Polarity.Higher, 1m, 2m), Points, 0),
        ],
        ScoreConversion.Create(ScoreBasis.Average, new ScoreStep(0m, 1), new ScoreStep(1.5m, 2), new ScoreStep(2.0m, 3), new ScoreStep(2.5m, 4)));

    private static readonly FrameworkBlock Housing = new(
        "Housing",
        null,
        [
            new AssessedIndicator("E", IndicatorThresholds.Create(Polarity.Higher, 90m, 95m), Points, 1),
            new AssessedIndicator("F", IndicatorThresholds.Create(Polarity.Higher, 85m, 90m), Points, 1),
        ],
        ScoreConversion.Create(ScoreBasis.Total, new ScoreStep(0m, 1), new ScoreStep(4m, 2), new ScoreStep(5m, 3)));

    private static readonly FrameworkBlock Corporate = new("Corporate Assessment", null, [], null);

    private static readonly AssessmentFramework Framework = new("CPA", "2007", [Corporate, Environment, Housing], [new CategoryRule("2 star", [])], 0.5m);

    [Fact]
    public void SomeIndicatorsWithoutAValue_SaysHowManyOfHowMany()
    {
        FrameworkAssessment a = AssessmentRules.Assess(Framework, [new("A", 70m, true, 72m), new("B", 10m, true, null)], Empty, Empty);

        BlockAssessment environment = a.Blocks[1];
        Assert.Equal(3, environment.PredictedScore);
        Assert.Equal("no year-end prediction for 2 of its 4 indicators, so the predicted score rests on the other 2", AssessmentText.PredictionGap(environment));
    }

    [Fact]
    public void EveryIndicatorWithAValue_SaysNothing()
    {
        FrameworkAssessment a = AssessmentRules.Assess(Framework, [new("E", 96m, true, null), new("F", 86m, true, 88m)], Empty, Empty);

        Assert.Null(AssessmentText.PredictionGap(a.Blocks[2]));
    }

    [Fact]
    public void NoValueAndNothingToCarry_SaysThereIsNoPredictionAndWhy()
    {
        FrameworkAssessment a = AssessmentRules.Assess(Framework, [], Empty, Empty);

        Assert.Equal((null, BlockScoreState.NotScored), (a.Blocks[1].PredictedScore, a.Blocks[1].PredictedState));
        Assert.Equal("no prediction, as there is no year-end prediction for any of its 4 indicators", AssessmentText.PredictionGap(a.Blocks[1]));
        Assert.Equal("no prediction, as there is no year-end prediction for either of its 2 indicators", AssessmentText.PredictionGap(a.Blocks[2]));
        Assert.Equal(
            "no prediction, as no inspection score has been entered for this round and there is no previous score to carry forward",
            AssessmentText.PredictionGap(a.Blocks[0]));
    }

    [Fact]
    public void NoValueButAPreviousScore_SaysTheCarriedScoreStandsForThePrediction()
    {
        Dictionary<string, int> previous = new(StringComparer.OrdinalIgnoreCase) { ["Housing"] = 3, ["Corporate Assessment"] = 3 };

        FrameworkAssessment a = AssessmentRules.Assess(Framework, [], previous, Empty);

        Assert.Equal((3, BlockScoreState.CarriedForward), (a.Blocks[2].PredictedScore, a.Blocks[2].PredictedState));
        Assert.Equal("carried forward, as there is no year-end prediction for either of its 2 indicators", AssessmentText.PredictionGap(a.Blocks[2]));
        Assert.Null(AssessmentText.PredictionGap(a.Blocks[0]));
    }

    [Fact]
    public void AnInspectionScoreEntered_SaysNothing()
    {
        Dictionary<string, int> entered = new(StringComparer.OrdinalIgnoreCase) { ["Corporate Assessment"] = 4 };

        FrameworkAssessment a = AssessmentRules.Assess(Framework, [], Empty, entered);

        Assert.Null(AssessmentText.PredictionGap(a.Blocks[0]));
    }

    private static Dictionary<string, int> Empty => new(StringComparer.OrdinalIgnoreCase);
}
