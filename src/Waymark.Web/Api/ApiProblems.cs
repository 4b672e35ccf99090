namespace Waymark.Web.Api;

/// <summary>The problem details the API answers with when it cannot do what was asked.</summary>
public static class ApiProblems
{
    /// <summary>400, naming each field (as the JSON names it) with what is wrong with it.</summary>
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has problems: see errors, by field");

    public static IResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
