using System.Globalization;
using Waymark.Figures;

namespace Waymark.Assessments;

/// <summary>The words people read for an assessment: a block's state, a band, and what would move a block.</summary>
public static class AssessmentText
{
    /// <summary><c>computed</c>, <c>carried forward</c>, <c>inspection</c> or <c>not scored</c>.</summary>
    public static string State(BlockScoreState state) => state switch
    {
        BlockScoreState.Computed => "computed",
        BlockScoreState.CarriedForward => "carried forward",
        BlockScoreState.Inspection => "inspection",
        _ => "not scored",
    };

    /// <summary><c>bottom</c>, <c>middle</c> or <c>top</c>.</summary>
    public static string Band(ThresholdBand band) => band switch
    {
        ThresholdBand.Bottom => "bottom",
        ThresholdBand.Middle => "middle",
        _ => "top",
    };

    /// <summary>
    /// One move as a sentence part, such as <c>NI 59 rising to 75.0 moves it up to 4</c>, the value written to
    /// <paramref name="decimals"/> places.
    /// </summary>
    public static string Move(ScoreMove move, int decimals)
    {
        ArgumentNullException.ThrowIfNull(move);
        string verb = move.Needed > move.Current ? "rising" : "falling";
        string way = move.Direction == MoveDirection.Up ? "up" : "down";
        return string.Create(CultureInfo.InvariantCulture, $"{move.Code} {verb} to {FigureText.Number(move.Needed, decimals)} moves it {way} to {move.ScoreAfter}");
    }

    /// <summary>
    /// Why <paramref name="block"/>'s predicted score is missing, carried forward, or rests on fewer than all its
    /// indicators, such as <c>no year-end prediction for 2 of its 4 indicators</c>; null when every indicator has a
    /// value to predict from (or, for a block judged by inspection, when it has a score).
    /// </summary>
    public static string? PredictionGap(BlockAssessment block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Block.JudgedByInspection)
        {
            return block.PredictedScore is null
                ? "no prediction, as no inspection score has been entered for this round and there is no previous score to carry forward"
                : null;
        }

        int total = block.Indicators.Count;
        int missing = block.Indicators.Count(i => i.PredictedValue is null);
        if (missing == 0)
        {
            return null;
        }

        string of = missing < total
            ? string.Create(CultureInfo.InvariantCulture, $"{missing} of its {total} indicators")
            : total switch
            {
                1 => "its one indicator",
                2 => "either of its 2 indicators",
                _ => string.Create(CultureInfo.InvariantCulture, $"any of its {total} indicators"),
            };
        return block.PredictedState switch
        {
            BlockScoreState.NotScored => $"no prediction, as there is no year-end prediction for {of}",
            BlockScoreState.CarriedForward => $"carried forward, as there is no year-end prediction for {of}",
            _ => string.Create(CultureInfo.InvariantCulture, $"no year-end prediction for {of}, so the predicted score rests on the other {total - missing}"),
        };
    }

    /// <summary>
    /// What would move <paramref name="block"/>'s predicted score: its nearest move up and nearest move down, or
    /// <c>no single indicator moves it</c>, or <c>no results yet</c>. Empty for a block judged by inspection.
    /// </summary>
    public static string WhatWouldMove(BlockAssessment block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Block.JudgedByInspection || block.PredictedScore is null)
        {
            return string.Empty;
        }

        if (block.Indicators.All(i => i.PredictedValue is null))
        {
            return "no results yet";
        }

        List<string> parts = [];
        foreach (MoveDirection direction in (MoveDirection[])[MoveDirection.Up, MoveDirection.Down])
        {
            if (block.Moves.FirstOrDefault(m => m.Direction == direction) is { } move)
            {
                parts.Add(Move(move, block.Block.Indicators.First(i => i.Code == move.Code).Decimals));
            }
        }

        return parts.Count == 0 ? "no single indicator moves it" : string.Join("; ", parts);
    }
}
