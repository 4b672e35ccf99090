using Waymark.Data.Measures;
using Waymark.Indicators;
using Waymark.Ratings;
using Waymark.Summaries;

namespace Waymark.Web.Performance;

/// <summary>
/// The orders of the indicator list's columns: codes as people read them (<see cref="IndicatorCodeOrder"/>), owners by
/// name, results and targets by number, ratings as reports list them (red, amber, green, unable to traffic light) and
/// directions from improving to deteriorating. What has nothing in the column comes last; ties go by code.
/// </summary>
public static class IndicatorListOrder
{
    private static readonly DirectionOfTravel[] Directions =
    [
        DirectionOfTravel.Improving, DirectionOfTravel.Static, DirectionOfTravel.Deteriorating,
        DirectionOfTravel.Increased, DirectionOfTravel.Decreased, DirectionOfTravel.NotComparable,
    ];

    /// <summary>The indicators in the order <paramref name="sort"/> asks for.</summary>
    public static IReadOnlyList<EvaluatedIndicator> Sort(IEnumerable<EvaluatedIndicator> indicators, ListSort sort, Func<Indicator, string?> owner)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentNullException.ThrowIfNull(owner);
        List<EvaluatedIndicator> byCode = [.. indicators.Order(Comparer<EvaluatedIndicator>.Create((a, b) => IndicatorCodeOrder.Instance.Compare(a.Indicator.Code, b.Indicator.Code)))];
        return sort.Column switch
        {
            "owner" => sort.Apply(byCode, e => owner(e.Indicator) is null, (a, b) => string.Compare(owner(a.Indicator), owner(b.Indicator), StringComparison.OrdinalIgnoreCase)),
            "result" => sort.Apply(byCode, e => e.Evaluation.Value is null, (a, b) => a.Evaluation.Value!.Value.CompareTo(b.Evaluation.Value!.Value)),
            "target" => sort.Apply(byCode, e => e.Evaluation.Target is null, (a, b) => a.Evaluation.Target!.Value.Value.CompareTo(b.Evaluation.Target!.Value.Value)),
            "rating" => sort.Apply(byCode, _ => false, (a, b) => Rank(a.Evaluation.Rating.Rating).CompareTo(Rank(b.Evaluation.Rating.Rating))),
            "direction" => sort.Apply(byCode, e => e.Evaluation.Direction == DirectionOfTravel.NotComparable, (a, b) => Array.IndexOf(Directions, a.Evaluation.Direction).CompareTo(Array.IndexOf(Directions, b.Evaluation.Direction))),
            _ => sort.Apply(byCode, _ => false, (a, b) => IndicatorCodeOrder.Instance.Compare(a.Indicator.Code, b.Indicator.Code)),
        };
    }

    private static int Rank(Rating rating)
    {
        int at = 0;
        foreach (Rating r in RatingSummary.ReportOrder)
        {
            if (r == rating)
            {
                return at;
            }

            at++;
        }

        return at;
    }
}
