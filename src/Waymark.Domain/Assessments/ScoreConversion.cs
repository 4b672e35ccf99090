namespace Waymark.Assessments;

/// <summary>
/// How a block's points convert to its score: the total or the average of the points, read against steps. The
/// score is that of the highest step whose minimum the points reach (a minimum is inclusive); points short of
/// every step earn the lowest step's score.
/// </summary>
public sealed record ScoreConversion
{
    private ScoreConversion(ScoreBasis basis, IReadOnlyList<ScoreStep> steps)
    {
        Basis = basis;
        Steps = steps;
    }

    /// <summary>Total or average.</summary>
    public ScoreBasis Basis { get; }

    /// <summary>The steps, lowest minimum first.</summary>
    public IReadOnlyList<ScoreStep> Steps { get; }

    /// <summary>
    /// The conversion, or the reason it cannot be: it needs at least one step, and higher minimums must give
    /// higher scores.
    /// </summary>
    public static bool TryCreate(ScoreBasis basis, IEnumerable<ScoreStep> steps, out ScoreConversion? conversion, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(steps);
        List<ScoreStep> ordered = [.. steps.OrderBy(s => s.Minimum)];
        conversion = null;
        problem = null;
        if (ordered.Count == 0)
        {
            problem = "a conversion needs at least one step";
        }

        for (int i = 1; i < ordered.Count && problem is null; i++)
        {
            if (ordered[i].Minimum == ordered[i - 1].Minimum)
            {
                problem = $"two steps start at {ordered[i].Minimum}";
            }
            else if (ordered[i].Score <= ordered[i - 1].Score)
            {
                problem = $"the step from {ordered[i].Minimum} scores {ordered[i].Score}, no more than the step from {ordered[i - 1].Minimum}";
            }
        }

        if (problem is null)
        {
            conversion = new ScoreConversion(basis, ordered);
        }

        return problem is null;
    }

    /// <summary>The conversion; throws when <see cref="TryCreate"/> would refuse it.</summary>
    public static ScoreConversion Create(ScoreBasis basis, params ScoreStep[] steps) =>
        TryCreate(basis, steps, out ScoreConversion? conversion, out string? problem) ? conversion! : throw new ArgumentException(problem);

    /// <summary>The lowest score a block can have.</summary>
    public int LowestScore => Steps[0].Score;

    /// <summary>The highest score a block can have.</summary>
    public int HighestScore => Steps[^1].Score;

    /// <summary>What the steps are read against: the total, or the average of <paramref name="points"/>.</summary>
    public decimal Measure(IReadOnlyCollection<int> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        decimal total = points.Sum();
        return Basis == ScoreBasis.Average && points.Count > 0 ? total / points.Count : total;
    }

    /// <summary>The score <paramref name="points"/> convert to.</summary>
    public int Score(IReadOnlyCollection<int> points)
    {
        decimal measure = Measure(points);
        int score = LowestScore;
        foreach (ScoreStep step in Steps)
        {
            if (measure >= step.Minimum)
            {
                score = step.Score;
            }
        }

        return score;
    }
}
