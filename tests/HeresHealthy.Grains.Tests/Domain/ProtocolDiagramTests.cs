using System.Text.RegularExpressions;
using HeresHealthy.Grains.Domain;

namespace HeresHealthy.Grains.Tests.Domain;

public sealed partial class ProtocolDiagramTests
{
    [Fact]
    public void The_state_diagram_in_docs_protocol_md_matches_the_transition_table_of_the_code()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "protocol.md"));
        var diagram = MermaidBlock().Match(doc);

        Assert.True(diagram.Success, "docs/protocol.md has no ```mermaid block");
        Assert.Equal(CaseTransitions.ToMermaid(), diagram.Groups[1].Value);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HeresHealthy.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("HeresHealthy.sln not found above the test folder.");
    }

    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}
