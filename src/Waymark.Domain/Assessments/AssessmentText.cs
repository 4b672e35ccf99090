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
