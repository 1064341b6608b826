using System;
using System.Linq;
using AiCompliance.ModelCards.Diffing;
using AiCompliance.ModelCards.Reading;
using AiCompliance.Policy.CodeEvidence;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Tests;

/// <summary>The diff of code evidence on models built in memory: what is an item, what is a change, and its severity.</summary>
public sealed class GovernanceDiffCodeEvidenceTests
{
    [Fact]
    public void Moved_and_repeated_call_sites_are_no_change()
    {
        var before = Evidence(
            names: [new("gpt-4o-mini", ModelNameKind.Model, "new ChatClient(model)", At("A.cs", 8))],
            endpoints: [Endpoint("https://api.openai.com/v1", EndpointLocation.Region, "US", At("A.cs", 9))],
            tools: [new("refund", ToolSource.AIFunctionFactory, ToolApproval.Required, At("A.cs", 10))]);
        var after = Evidence(
            names: [new("gpt-4o-mini", ModelNameKind.Model, "new ChatClient(model)", At("B.cs", 80)), new("gpt-4o-mini", ModelNameKind.Model, "new ChatClient(model)", null)],
            endpoints: [Endpoint("https://api.openai.com/v1", EndpointLocation.Region, "US", At("B.cs", 90)), Endpoint("https://api.openai.com/v1", EndpointLocation.Region, "US", At("C.cs", 1))],
            tools: [new("refund", ToolSource.AIFunctionFactory, ToolApproval.Required, At("B.cs", 100))]);

        Assert.Empty(Changes(before, after));
    }

    [Fact]
    public void A_tool_that_one_place_exposes_without_approval_counts_as_without()
    {
        var before = Evidence(tools: [new("refund", ToolSource.AIFunctionFactory, ToolApproval.Required, At("A.cs", 10))]);
        var after = Evidence(tools:
        [
            new("refund", ToolSource.AIFunctionFactory, ToolApproval.Required, At("A.cs", 10)),
            new("refund", ToolSource.AIFunctionFactory, ToolApproval.NotRequired, At("A.cs", 20)),
        ]);

        Assert.Equal(["weakening codeToolApprovalDropped [tool refund (AIFunctionFactory)].Approval required → not-required"], Changes(before, after));
        Assert.Equal(["strengthening codeToolApprovalAdded [tool refund (AIFunctionFactory)].Approval not-required → required"], Changes(after, before));
    }

    [Fact]
    public void Items_are_told_apart_by_what_they_name_and_not_constant_values_by_their_api()
    {
        var before = Evidence(
            names: [new(null, ModelNameKind.Deployment, "AzureOpenAIClient.GetChatClient(deploymentName)", At("A.cs", 1))],
            endpoints: [Endpoint(null, EndpointLocation.NotConstant, null, At("A.cs", 2), "new OllamaApiClient(uriString)")],
            tools: [new("Search", ToolSource.KernelFunction, ToolApproval.NotVisible, At("A.cs", 3))]);
        var after = Evidence(
            names: [new(null, ModelNameKind.Deployment, "AzureOpenAIClient.GetChatClient(deploymentName)", At("A.cs", 1)), new("chat", ModelNameKind.Deployment, "AzureOpenAIClient.GetChatClient(deploymentName)", At("A.cs", 4))],
            endpoints: [Endpoint(null, EndpointLocation.NotConstant, null, At("A.cs", 2), "new OpenAIClientOptions(Endpoint)")],
            tools: [new("Search", ToolSource.McpServerTool, ToolApproval.NotVisible, At("A.cs", 3))]);

        Assert.Equal(
            new[]
            {
                "neutral codeModelNameAdded [deployment chat].  → chat at A.cs:4",
                "neutral codeEndpointRemoved [endpoint (not constant) via new OllamaApiClient(uriString)]. not-constant at A.cs:2 → ",
                "neutral codeEndpointAdded [endpoint (not constant) via new OpenAIClientOptions(Endpoint)].  → not-constant at A.cs:2",
                "neutral codeToolRemoved [tool Search (KernelFunction)]. approval not-visible at A.cs:3 → ",
                "neutral codeToolAdded [tool Search (McpServerTool)].  → approval not-visible at A.cs:3",
            },
            Changes(before, after));
    }

    [Fact]
    public void A_changed_jurisdiction_of_the_same_uri_is_one_change_and_the_regions_are_listed()
    {
        var before = Evidence(endpoints: [Endpoint("https://eu.api.openai.com/v1", EndpointLocation.Unknown, null, At("A.cs", 9))]);
        var after = Evidence(endpoints: [new("https://eu.api.openai.com/v1", "eu.api.openai.com", EndpointLocation.Region, ["DE", "FR"], "new OpenAIClientOptions(Endpoint)", At("A.cs", 9))]);

        Assert.Equal(["neutral codeEndpointJurisdictionChanged [endpoint https://eu.api.openai.com/v1].Jurisdiction unknown → region DE, FR"], Changes(before, after));
    }

    [Fact]
    public void A_model_without_evidence_in_a_build_that_records_some_has_none_but_a_build_without_any_is_unknown()
    {
        var evidence = Evidence(endpoints: [Endpoint("https://api.openai.com/v1", EndpointLocation.Region, "US", At("A.cs", 9))]);
        var recording = Model("other") with { Code = Evidence(tools: [new("t", ToolSource.AIFunctionFactory, ToolApproval.Required, null)]) };

        // The old build records evidence for another model only: this model's code called nothing, so the endpoint is new.
        var added = Diff(Scanned(Model("bot"), recording), Scanned(Model("bot") with { Code = evidence }, recording));
        Assert.Equal(["neutral codeEndpointAdded [endpoint https://api.openai.com/v1].  → region US at A.cs:9"], Lines(added));

        // No model of the old build has any: nothing is known of it, so one change says so.
        var recorded = Diff(Scanned(Model("bot")), Scanned(Model("bot") with { Code = evidence }));
        Assert.Equal(["neutral codeEvidenceNowRecorded [].  → 0 model names, 1 endpoint, 0 tools"], Lines(recorded));
        Assert.Equal(["weakening codeEvidenceNotRecorded []. 0 model names, 1 endpoint, 0 tools → "], Lines(Diff(Scanned(Model("bot") with { Code = evidence }), Scanned(Model("bot")))));

        // A new model's evidence is part of modelAdded.
        var newModel = Diff(Scanned(recording), Scanned(recording, Model("bot") with { Code = evidence }));
        Assert.DoesNotContain(newModel.Changes, c => c.Declaration == "ObservedInCode");
    }

    private static SourcePosition At(string file, int line) => new(file, line);

    private static ObservedEndpoint Endpoint(string? uri, EndpointLocation location, string? region, SourcePosition? at, string api = "new OpenAIClientOptions(Endpoint)") =>
        new(uri, EndpointJurisdictions.HostOf(uri), location, region is null ? Array.Empty<string>() : new[] { region }, api, at);

    private static ModelCodeEvidence Evidence(ObservedModelName[]? names = null, ObservedEndpoint[]? endpoints = null, ObservedTool[]? tools = null) =>
        new(names ?? [], tools ?? [], endpoints ?? []);

    private static ModelDeclarations Model(string id) => new() { TypeName = "Bank." + id, Identity = new ModelIdentity { Id = id } };

    private static ScannedAssembly Scanned(params ModelDeclarations[] models) =>
        new(new AssemblyDeclarations { AssemblyName = "Bank.Models", Types = models }, Guid.Empty, new string('0', 64), null);

    private static GovernanceDiffResult Diff(ScannedAssembly before, ScannedAssembly after) => GovernanceDiff.Compare("old.dll", before, "new.dll", after);

    private static string[] Changes(ModelCodeEvidence before, ModelCodeEvidence after) =>
        Lines(Diff(Scanned(Model("bot") with { Code = before }), Scanned(Model("bot") with { Code = after })));

    private static string[] Lines(GovernanceDiffResult diff) =>
        diff.Changes
            .Where(c => c.Declaration == "ObservedInCode")
            .Select(c => c.SeverityName + " " + c.Kind + " [" + c.Item + "]." + c.Property + " " + c.Old + " → " + c.New)
            .ToArray();
}
