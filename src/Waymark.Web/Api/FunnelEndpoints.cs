using Waymark.Data.Benchmarks;
using Waymark.Data.Measures;
using Waymark.Data.Store;

namespace Waymark.Web.Api;

/// <summary>Every LA on a measure's funnel plot for a period: the figures of the indicator page's funnel plot and of <c>waymark funnel</c>.</summary>
public static class FunnelEndpoints
{
    public static async Task<IResult> OneAsync(WaymarkDb db, string? measure, string? period, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(measure))
        {
            return ApiProblems.Invalid("measure", "Give the measure's code, such as PrevRegCPR");
        }

        (IndicatorFunnel? funnel, Indicator? found, FunnelProblem? problem) = await IndicatorFunnel.FindAsync(db, measure, period, cancellationToken);
        if (funnel is null || found is null)
        {
            string message = char.ToUpperInvariant(problem!.Message[0]) + problem.Message[1..];
            return problem.NotFound ? ApiProblems.NotFound(message) : ApiProblems.Invalid(problem.Field, message);
        }

        return TypedResults.Ok(FunnelJson.From(found, funnel));
    }
}
