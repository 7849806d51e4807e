namespace ProDevBot.Reports;

/// <summary>The "Reports" section.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The bearer token that `GET /reports/{cohort}.csv` requires; unset, the endpoint refuses everyone.</summary>
    public string? AccessToken { get; set; }

    public override string ToString() => $"ReportOptions {{ AccessToken = {(string.IsNullOrEmpty(AccessToken) ? "unset" : "***")} }}";
}
