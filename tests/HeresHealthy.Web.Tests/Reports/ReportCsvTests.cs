using HeresHealthy.Web.Api;

namespace HeresHealthy.Web.Tests.Reports;

public sealed class ReportCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+49 123", "'+49 123")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUMME(A1)", "'@SUMME(A1)")]
    [InlineData("Wanne; Eickel", "\"Wanne; Eickel\"")]
    [InlineData("Süd (Recklinghausen)", "Süd (Recklinghausen)")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_or_split_is_made_harmless(string value, string written) =>
        Assert.Equal(written, ReportCsv.Cell(value));
}
