using Waymark.Assessments;
using Waymark.Indicators;

using static Waymark.Domain.Tests.Numbers;

namespace Waymark.Domain.Tests.Assessments;

public class AssessmentRulesTests
{
    // Points 1, 2, 3; the average converts to 1 to 4 at 1.5, 2.0 and 2.5.
    private static readonly ScoreConversion Conversion = ScoreConversion.Create(
        ScoreBasis.Average, new ScoreStep(0m, 1), new ScoreStep(1.5m, 2), new ScoreStep(2.0m, 3), new ScoreStep(2.5m, 4));

    private static readonly BandPoints Points = new(1, 2, 3);

    // A: higher is better, 60 and 75, whole numbers. B: lower is better, 12 and 8, one decimal place.
    // C: higher is better, 40 and 50, one decimal place, a value on a threshold has not passed it.
    private static readonly FrameworkBlock Culture = new(
        "Culture",
        "Level 2 Services",
        [
            new AssessedIndicator("A", IndicatorThresholds.Create(Polarity.Higher, 60m, 75m), Points, 0),
            new AssessedIndicator("B", IndicatorThresholds.Create(Polarity.Lower, 12m, 8m), Points, 1),
            new AssessedIndicator("C", IndicatorThresholds.Create(Polarity.Higher, 40m, 50m, ThresholdBoundary.WorseBand), Points, 1),
            new AssessedIndicator("D", IndicatorThresholds.Create(Polarity.Higher, 1m, 2m), Points, 0),
        ],
        Conversion);

    private static readonly FrameworkBlock Corporate = new("Corporate Assessment", null, [], null);

    private static readonly AssessmentFramework Framework = new(
        "CPA",
        "2007",
        [Corporate, Culture],
        [
            new CategoryRule("4 star", [Condition("Corporate Assessment at least 3"), Condition("no block below 3")]),
            new CategoryRule("3 star", [Condition("no block below 2")]),
            new CategoryRule("2 star", []),
        ],
        0.5m);

    private static readonly Dictionary<string, int> Previous = new(StringComparer.OrdinalIgnoreCase) { ["Culture"] = 2, ["Corporate Assessment"] = 3 };

    private static readonly Dictionary<string, int> Inspection = new(StringComparer.OrdinalIgnoreCase) { ["Corporate Assessment"] = 3 };

    [Fact]
    public void Assess_EnoughNewResults_ScoresTheBlockFromItsIndicators()
    {
        // A 75 (top, 3), B 10 (middle, 2), C 45 (middle, 2), D no result: average 7 / 3 = 2.33, scores 3.
        FrameworkAssessment assessment = AssessmentRules.Assess(
            Framework,
            [new("A", 75m, true, null), new("B", 10m, true, null), new("C", 45m, false, null)],
            Previous,
            Inspection);

        BlockAssessment culture = assessment.Blocks[1];
        Assert.Equal(3, culture.Score);
        Assert.Equal(BlockScoreState.Computed, culture.State);
        Assert.False(culture.Provisional);
        Assert.Equal([ThresholdBand.Top, ThresholdBand.Middle, ThresholdBand.Middle, null], culture.Indicators.Select(i => i.Band));
        Assert.Equal([3, 2, 2, null], culture.Indicators.Select(i => i.Points));
        Assert.Equal("4 star", assessment.Category);
    }

    [Fact]
    public void Assess_TooFewNewResults_CarriesThePreviousScoreForwardAsProvisional()
    {
        // Only A is new: 1 of 4 is short of half, so last round's 2 stands even though the results would score 3.
        FrameworkAssessment assessment = AssessmentRules.Assess(
            Framework,
            [new("A", 75m, true, null), new("B", 10m, false, null), new("C", 45m, false, null)],
            Previous,
            Inspection);

        BlockAssessment culture = assessment.Blocks[1];
        Assert.Equal(2, culture.Score);
        Assert.Equal(BlockScoreState.CarriedForward, culture.State);
        Assert.True(culture.Provisional);
        Assert.Equal("Carried forward from the previous round: 1 of 4 indicators have a new result.", culture.ProvisionalReason);
        Assert.Equal("3 star", assessment.Category);
        Assert.True(assessment.Provisional);
    }

    [Fact]
    public void Assess_CarriedForwardWithNoValues_PredictsTheCarriedScore()
    {
        FrameworkAssessment assessment = AssessmentRules.Assess(Framework, [], Previous, Inspection);

        BlockAssessment culture = assessment.Blocks[1];
        Assert.Equal((2, BlockScoreState.CarriedForward, 2, true), (culture.Score, culture.State, culture.PredictedScore, culture.PredictedProvisional));
        Assert.Equal(BlockScoreState.CarriedForward, culture.PredictedState);
        Assert.Equal("3 star", assessment.PredictedCategory);
    }

    [Fact]
    public void Assess_CarriedForwardWithAValue_PredictsFromTheValueAsComputed()
    {
        // Only A is new, so the score is carried forward; the prediction is worked out from A's 75 (top, 3): 4.
        FrameworkAssessment assessment = AssessmentRules.Assess(Framework, [new("A", 75m, true, null)], Previous, Inspection);

        BlockAssessment culture = assessment.Blocks[1];
        Assert.Equal((BlockScoreState.CarriedForward, 4, BlockScoreState.Computed), (culture.State, culture.PredictedScore, culture.PredictedState));
        Assert.Equal((BlockScoreState.Inspection, BlockScoreState.Inspection), (assessment.Blocks[0].State, assessment.Blocks[0].PredictedState));
    }

    [Fact]
    public void Assess_ExactlyTheShareOfNewResults_IsScoredAfresh()
    {
        FrameworkAssessment assessment = AssessmentRules.Assess(
            Framework,
            [new("A", 75m, true, null), new("B", 10m, true, null), new("C", 45m, false, null)],
            Previous,
            Inspection);

        Assert.Equal(BlockScoreState.Computed, assessment.Blocks[1].State);
    }

    [Fact]
    public void Assess_TooFewNewResultsAndNothingToCarry_IsComputedButProvisional()
    {
        FrameworkAssessment assessment = AssessmentRules.Assess(
            Framework,
            [new("A", 75m, true, null)],
            new Dictionary<string, int>(),
            Inspection);

        BlockAssessment culture = assessment.Blocks[1];
        Assert.Equal(4, culture.Score);
        Assert.Equal(BlockScoreState.Computed, culture.State);
        Assert.Equal("Provisional: 1 of 4 indicators have a new result and there is no previous score to carry forward.", culture.ProvisionalReason);
    }

    [Fact]
    public void Assess_NoResultsAtAll_IsNotScoredAndTheCategoryFallsBack()
    {
        FrameworkAssessment assessment = AssessmentRules.Assess(Framework, [], new Dictionary<string, int>(), new Dictionary<string, int>());

        Assert.All(assessment.Blocks, b => Assert.Equal(BlockScoreState.NotScored, b.State));
        Assert.All(assessment.Blocks, b => Assert.Null(b.Score));
        Assert.Equal("2 star", assessment.Category);
    }

    [Fact]
    public void Assess_InspectionBlock_TakesTheEnteredScore()
    {
        FrameworkAssessment assessment = AssessmentRules.Assess(Framework, [], Previous, Inspection);

        BlockAssessment corporate = assessment.Blocks[0];
        Assert.Equal(BlockScoreState.Inspection, corporate.State);
        Assert.Equal(3, corporate.Score);
        Assert.Equal(3, corporate.PredictedScore);
        Assert.Empty(corporate.Moves);
    }

    [Fact]
    public void Assess_InspectionBlockWithNoScoreEntered_CarriesThePreviousScoreForward()
    {
        FrameworkAssessment assessment = AssessmentRules.Assess(Framework, [], Previous, new Dictionary<string, int>());

        BlockAssessment corporate = assessment.Blocks[0];
        Assert.Equal(BlockScoreState.CarriedForward, corporate.State);
        Assert.Equal(3, corporate.Score);
        Assert.True(corporate.Provisional);
        Assert.Equal("Carried forward from the previous round: no inspection score has been entered for this round.", corporate.ProvisionalReason);
    }

    [Fact]
    public void Assess_PredictedYearEnds_GiveAProvisionalPredictedScore()
    {
        // Latest: A 70 (2), B 10 (2), C 45 (2) average 2.0, scores 3. Predicted: A 76 (3) and B 7.5 (3), with C's
        // latest 45 (2) as it has no prediction: 8 / 3 = 2.67, scores 4.
        FrameworkAssessment assessment = AssessmentRules.Assess(
            Framework,
            [new("A", 70m, true, 76m), new("B", 10m, true, 7.5m), new("C", 45m, true, null)],
            Previous,
            Inspection);

        BlockAssessment culture = assessment.Blocks[1];
        Assert.Equal(3, culture.Score);
        Assert.False(culture.Provisional);
        Assert.Equal(4, culture.PredictedScore);
        Assert.True(culture.PredictedProvisional);
        Assert.Equal("Rests on predicted year ends for 2 of 4 indicators.", culture.PredictedReason);
        Assert.Equal([76m, 7.5m, 45m, null], culture.Indicators.Select(i => i.PredictedValue));
        Assert.Equal([true, true, false, false], culture.Indicators.Select(i => i.UsesPrediction));
    }

    public static TheoryData<string, string, string, string> MoveCases => new()
    {
        // Scores 3 from A 70 (2), B 10 (2), C 45 (2) = 2.0, exactly on the step.
        // A up: 75 takes it to the top band, 2.33, still 3; no single move gets to 2.5, so there is no A-up move.
        // Down, any indicator to the bottom band gives 5 / 3 = 1.67, score 2.
        { "A", "Down", "70", "59" },
        { "B", "Down", "10", "12.1" },
        { "C", "Down", "45", "40.0" },
    };

    [Theory]
    [MemberData(nameof(MoveCases))]
    public void Moves_NeededValueMovesTheScore_AndOneUnitShortDoesNot(string code, string direction, string current, string needed)
    {
        Dictionary<string, decimal> values = new(StringComparer.OrdinalIgnoreCase) { ["A"] = 70m, ["B"] = 10m, ["C"] = 45m };
        IReadOnlyList<ScoreMove> moves = AssessmentRules.Moves(Culture, values);

        ScoreMove move = Assert.Single(moves, m => m.Code == code && m.Direction.ToString() == direction);
        Assert.Equal(decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture), move.Current);
        Assert.Equal(decimal.Parse(needed, System.Globalization.CultureInfo.InvariantCulture), move.Needed);
        Assert.Equal(2, move.ScoreAfter);
        AssertMovesByExactlyTheNeededValue(values, move, 3);
    }

    [Fact]
    public void Moves_NoSingleIndicatorReachesTheNextStep_ListsNoUpMove()
    {
        Dictionary<string, decimal> values = new(StringComparer.OrdinalIgnoreCase) { ["A"] = 70m, ["B"] = 10m, ["C"] = 45m };

        Assert.DoesNotContain(AssessmentRules.Moves(Culture, values), m => m.Direction == MoveDirection.Up);
    }

    [Fact]
    public void Moves_EachIndicatorsUpMove_IsTheValueOnItsThresholdByItsPolarityAndBoundary()
    {
        // A 75 (3), B 10 (2), C 45 (2) = 2.33 scores 3; one more top band gives 2.67, score 4.
        Dictionary<string, decimal> values = new(StringComparer.OrdinalIgnoreCase) { ["A"] = 75m, ["B"] = 10m, ["C"] = 45m };
        IReadOnlyList<ScoreMove> moves = AssessmentRules.Moves(Culture, values);

        ScoreMove b = Assert.Single(moves, m => m.Code == "B" && m.Direction == MoveDirection.Up);
        ScoreMove c = Assert.Single(moves, m => m.Code == "C" && m.Direction == MoveDirection.Up);
        Assert.Equal(8.0m, b.Needed); // lower is better, on the threshold reaches it
        Assert.Equal(50.1m, c.Needed); // on the threshold has not passed it, so one tenth past
        Assert.Equal(ThresholdBand.Top, c.BandAfter);
        AssertMovesByExactlyTheNeededValue(values, b, 3);
        AssertMovesByExactlyTheNeededValue(values, c, 3);
    }

    [Fact]
    public void Moves_AreListedNearestFirst()
    {
        Dictionary<string, decimal> values = new(StringComparer.OrdinalIgnoreCase) { ["A"] = 75m, ["B"] = 10m, ["C"] = 45m };

        IReadOnlyList<ScoreMove> moves = AssessmentRules.Moves(Culture, values);

        Assert.Equal(moves.OrderBy(m => m.Gap / Math.Abs(m.Current)), moves);
        Assert.Equal(["C Up 50.1", "B Up 8.0", "A Down 59"], moves.Select(m => $"{m.Code} {m.Direction} {Shown(m.Needed)}"));
    }

    [Fact]
    public void Moves_ThresholdBetweenTheUnits_RoundsToTheNextValueThatReachesIt()
    {
        FrameworkBlock block = new(
            "Housing",
            null,
            [new AssessedIndicator("H", IndicatorThresholds.Create(Polarity.Higher, 60.05m, 70m), Points, 1)],
            ScoreConversion.Create(ScoreBasis.Total, new ScoreStep(0m, 1), new ScoreStep(2m, 2), new ScoreStep(3m, 3)));
        Dictionary<string, decimal> values = new(StringComparer.OrdinalIgnoreCase) { ["H"] = 55m };

        ScoreMove up = Assert.Single(AssessmentRules.Moves(block, values));

        Assert.Equal(60.1m, up.Needed);
        AssertMovesByExactlyTheNeededValue(values, up, 1);
    }

    private static void AssertMovesByExactlyTheNeededValue(Dictionary<string, decimal> values, ScoreMove move, int score)
    {
        FrameworkBlock block = Culture.Indicators.Any(i => i.Code == move.Code) ? Culture : new("Housing", null, [new AssessedIndicator("H", IndicatorThresholds.Create(Polarity.Higher, 60.05m, 70m), Points, 1)], ScoreConversion.Create(ScoreBasis.Total, new ScoreStep(0m, 1), new ScoreStep(2m, 2), new ScoreStep(3m, 3)));
        AssessedIndicator indicator = block.Indicators.Single(i => i.Code == move.Code);
        Assert.Equal(score, AssessmentRules.BlockScore(block, values));

        Dictionary<string, decimal> reached = new(values, StringComparer.OrdinalIgnoreCase) { [move.Code] = move.Needed };
        Assert.Equal(move.ScoreAfter, AssessmentRules.BlockScore(block, reached));

        decimal towardsCurrent = move.Needed > move.Current ? -indicator.Unit : indicator.Unit;
        Dictionary<string, decimal> short1 = new(values, StringComparer.OrdinalIgnoreCase) { [move.Code] = move.Needed + towardsCurrent };
        Assert.Equal(score, AssessmentRules.BlockScore(block, short1));
    }

    private static CategoryCondition Condition(string text) =>
        CategoryCondition.TryParse(text, out CategoryCondition? condition, out string? problem) ? condition! : throw new ArgumentException(problem);
}
