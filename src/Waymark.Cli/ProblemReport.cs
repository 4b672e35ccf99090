using Waymark.Data.Files;

namespace Waymark.Cli;

/// <summary>Prints the problems found in input files, every one on its own line.</summary>
internal static class ProblemReport
{
    public static void Write(TextWriter error, FileProblems problems)
    {
        error.WriteLine(problems.Count == 1
            ? "Nothing was done: there is 1 problem in the input files."
            : $"Nothing was done: there are {problems.Count:N0} problems in the input files.");
        foreach (FileProblem problem in problems.Kept)
        {
            error.WriteLine(problem.ToString());
        }

        if (problems.Count > problems.Kept.Count)
        {
            error.WriteLine($"... and {problems.Count - problems.Kept.Count:N0} more (only the first {problems.Limit:N0} are listed).");
        }
    }
}
