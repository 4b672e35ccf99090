using System.Globalization;
using Waymark.Indicators;

namespace Waymark.Assessments;

/// <summary>
/// Works out a framework's assessment from its indicators. A block is scored afresh when the share of its
/// indicators with a new result reaches the framework's <see cref="AssessmentFramework.NewResultsShare"/>;
/// otherwise its previous round's score is carried forward and marked provisional (and with no previous score it
/// is scored from what there is, still provisional). The predicted score uses each indicator's predicted year end
/// where there is one and is provisional when it rests on any prediction; a carried-forward block with no value
/// to predict from keeps its carried score as its prediction. Indicators without a value earn no
/// points and do not count towards an average. A block judged by inspection takes the score entered for the
/// round, or carries its previous score forward (provisional) until one is entered.
/// </summary>
public static class AssessmentRules
{
    /// <summary>
    /// The assessment of <paramref name="framework"/> given each indicator's <paramref name="readings"/>, each
    /// block's <paramref name="previousScores"/> (the previous round, by block name) and the scores
    /// <paramref name="inspectionScores"/> entered for blocks judged by inspection.
    /// </summary>
    public static FrameworkAssessment Assess(
        AssessmentFramework framework,
        IEnumerable<IndicatorReading> readings,
        IReadOnlyDictionary<string, int> previousScores,
        IReadOnlyDictionary<string, int> inspectionScores)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(previousScores);
        ArgumentNullException.ThrowIfNull(inspectionScores);
        Dictionary<string, IndicatorReading> byCode = new(StringComparer.OrdinalIgnoreCase);
        foreach (IndicatorReading reading in readings)
        {
            byCode[reading.Code] = reading;
        }

        List<BlockAssessment> blocks = [.. framework.Blocks.Select(b => AssessBlock(framework, b, byCode, previousScores, inspectionScores))];
        Dictionary<string, int?> current = new(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, int?> predicted = new(StringComparer.OrdinalIgnoreCase);
        foreach (BlockAssessment block in blocks)
        {
            current[block.Block.Name] = block.Score;
            predicted[block.Block.Name] = block.PredictedScore;
        }

        return new FrameworkAssessment(framework, blocks, framework.Category(current), framework.Category(predicted));
    }

    /// <summary>
    /// The score <paramref name="block"/> earns from <paramref name="values"/> (by indicator code; indicators left
    /// out have no value); null when no indicator has a value or the block is judged by inspection.
    /// </summary>
    public static int? BlockScore(FrameworkBlock block, IReadOnlyDictionary<string, decimal> values)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(values);
        if (block.Conversion is not { } conversion)
        {
            return null;
        }

        List<int> points = [];
        foreach (AssessedIndicator indicator in block.Indicators)
        {
            if (values.TryGetValue(indicator.Code, out decimal value))
            {
                points.Add(indicator.Assess(value).Points);
            }
        }

        return points.Count == 0 ? null : conversion.Score(points);
    }

    /// <summary>
    /// What would move <paramref name="block"/>'s score from <paramref name="values"/>: for each indicator with a
    /// value, the nearest value (on the grid of its decimal places) that takes it into a band that moves the
    /// block's score up, and the nearest it would have to fall to for the score to move down. Nearest first, by
    /// the gap as a share of the current value.
    /// </summary>
    public static IReadOnlyList<ScoreMove> Moves(FrameworkBlock block, IReadOnlyDictionary<string, decimal> values)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(values);
        if (BlockScore(block, values) is not { } score)
        {
            return [];
        }

        List<ScoreMove> moves = [];
        foreach (AssessedIndicator indicator in block.Indicators)
        {
            if (!values.TryGetValue(indicator.Code, out decimal value))
            {
                continue;
            }

            ThresholdBand band = indicator.Thresholds.Band(value);
            for (ThresholdBand target = band + 1; target <= ThresholdBand.Top; target++)
            {
                if (Try(block, values, indicator, value, ReachingValue(indicator, target), MoveDirection.Up, score) is { } move)
                {
                    moves.Add(move);
                    break;
                }
            }

            for (ThresholdBand target = band - 1; target >= ThresholdBand.Bottom; target--)
            {
                if (Try(block, values, indicator, value, FallingValue(indicator, target), MoveDirection.Down, score) is { } move)
                {
                    moves.Add(move);
                    break;
                }
            }
        }

        return [.. moves.OrderBy(m => m.Gap / Math.Max(Math.Abs(m.Current), 1m)).ThenBy(m => m.Direction).ThenBy(m => m.Code, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The value nearest a threshold, on the grid of the indicator's unit, that first falls in <paramref name="target"/> or better.</summary>
    internal static decimal ReachingValue(AssessedIndicator indicator, ThresholdBand target)
    {
        IndicatorThresholds t = indicator.Thresholds;
        decimal unit = indicator.Unit;
        decimal better = t.Polarity == Polarity.Higher ? unit : -unit;
        decimal candidate = OnGrid(t.ThresholdOf(target), unit) - (2 * better);
        while (t.Band(candidate) < target)
        {
            candidate += better;
        }

        return candidate;
    }

    /// <summary>The value nearest a threshold, on the grid of the indicator's unit, that first falls in <paramref name="target"/> or worse.</summary>
    internal static decimal FallingValue(AssessedIndicator indicator, ThresholdBand target)
    {
        IndicatorThresholds t = indicator.Thresholds;
        decimal unit = indicator.Unit;
        decimal better = t.Polarity == Polarity.Higher ? unit : -unit;
        decimal candidate = OnGrid(t.ThresholdOf(target + 1), unit) + (2 * better);
        while (t.Band(candidate) > target)
        {
            candidate -= better;
        }

        return candidate;
    }

    private static decimal OnGrid(decimal value, decimal unit) =>
        decimal.Round(value / unit, 0, MidpointRounding.AwayFromZero) * unit;

    private static ScoreMove? Try(FrameworkBlock block, IReadOnlyDictionary<string, decimal> values, AssessedIndicator indicator, decimal current, decimal needed, MoveDirection direction, int score)
    {
        Dictionary<string, decimal> changed = new(values, StringComparer.OrdinalIgnoreCase) { [indicator.Code] = needed };
        int after = BlockScore(block, changed) ?? score;
        bool moved = direction == MoveDirection.Up ? after > score : after < score;
        return moved ? new ScoreMove(indicator.Code, direction, current, needed, indicator.Thresholds.Band(needed), after) : null;
    }

    private static BlockAssessment AssessBlock(
        AssessmentFramework framework,
        FrameworkBlock block,
        Dictionary<string, IndicatorReading> readings,
        IReadOnlyDictionary<string, int> previousScores,
        IReadOnlyDictionary<string, int> inspectionScores)
    {
        if (block.JudgedByInspection)
        {
            if (inspectionScores.TryGetValue(block.Name, out int entered))
            {
                return new BlockAssessment(block, entered, BlockScoreState.Inspection, false, null, entered, BlockScoreState.Inspection, false, null, [], []);
            }

            if (previousScores.TryGetValue(block.Name, out int carried))
            {
                const string Reason = "Carried forward from the previous round: no inspection score has been entered for this round.";
                return new BlockAssessment(block, carried, BlockScoreState.CarriedForward, true, Reason, carried, BlockScoreState.CarriedForward, true, Reason, [], []);
            }

            return new BlockAssessment(block, null, BlockScoreState.NotScored, false, null, null, BlockScoreState.NotScored, false, null, [], []);
        }

        List<IndicatorAssessment> indicators = [];
        Dictionary<string, decimal> latest = new(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, decimal> predicted = new(StringComparer.OrdinalIgnoreCase);
        int fresh = 0;
        int predictions = 0;
        foreach (AssessedIndicator indicator in block.Indicators)
        {
            IndicatorReading? reading = readings.GetValueOrDefault(indicator.Code);
            decimal? value = reading?.Latest;
            decimal? forecast = reading?.Predicted ?? value;
            bool usesPrediction = reading?.Predicted is not null;
            bool isNew = value is not null && reading!.LatestIsNew;
            fresh += isNew ? 1 : 0;
            predictions += usesPrediction ? 1 : 0;
            if (value is { } v)
            {
                latest[indicator.Code] = v;
            }

            if (forecast is { } f)
            {
                predicted[indicator.Code] = f;
            }

            (ThresholdBand Band, int Points)? now = value is { } a ? indicator.Assess(a) : null;
            (ThresholdBand Band, int Points)? then = forecast is { } b ? indicator.Assess(b) : null;
            indicators.Add(new IndicatorAssessment(indicator.Code, value, isNew, now?.Band, now?.Points, forecast, usesPrediction, then?.Band, then?.Points));
        }

        int total = block.Indicators.Count;
        bool enoughNew = total > 0 && (decimal)fresh / total >= framework.NewResultsShare;
        string freshText = string.Create(CultureInfo.InvariantCulture, $"{fresh} of {total} {(total == 1 ? "indicator has" : "indicators have")} a new result");
        int? score;
        BlockScoreState state;
        bool provisional;
        string? reason;
        if (enoughNew)
        {
            (score, state, provisional, reason) = (BlockScore(block, latest), BlockScoreState.Computed, false, null);
        }
        else if (previousScores.TryGetValue(block.Name, out int previous))
        {
            (score, state, provisional, reason) = (previous, BlockScoreState.CarriedForward, true, $"Carried forward from the previous round: {freshText}.");
        }
        else
        {
            score = BlockScore(block, latest);
            (state, provisional, reason) = (score is null ? BlockScoreState.NotScored : BlockScoreState.Computed, score is not null, score is null ? null : $"Provisional: {freshText} and there is no previous score to carry forward.");
        }

        int? predictedScore = BlockScore(block, predicted);
        string? predictedReason = predictions == 0 || predictedScore is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Rests on predicted year ends for {predictions} of {total} {(total == 1 ? "indicator" : "indicators")}.");
        BlockScoreState predictedState = predictedScore is null ? BlockScoreState.NotScored : BlockScoreState.Computed;
        if (predictedScore is null && state == BlockScoreState.CarriedForward)
        {
            // With nothing to predict from, the carried score is the best prediction there is.
            (predictedScore, predictedReason, predictedState) = (score, reason, BlockScoreState.CarriedForward);
        }

        return new BlockAssessment(
            block,
            score,
            state,
            provisional,
            reason,
            predictedScore,
            predictedState,
            predictedReason is not null,
            predictedReason,
            indicators,
            Moves(block, predicted));
    }
}
