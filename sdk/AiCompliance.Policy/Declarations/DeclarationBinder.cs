using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// Turns raw attributes into typed declarations. Tolerates everything half-typed code can produce: missing arguments,
/// nulls, wrong value types and unknown properties all bind to "not set" instead of throwing.
/// </summary>
public static class DeclarationBinder
{
    /// <summary>Binds the attributes of one type. Attributes that are not model-level SDK attributes are ignored.</summary>
    public static ModelDeclarations BindType(string typeName, IEnumerable<RawDeclaration> attributes)
    {
        var model = new ModelDeclarations { TypeName = typeName };
        List<KnownLimitationDeclaration>? limitations = null;
        List<EvaluationDeclaration>? evaluations = null;
        List<FairnessAssessmentDeclaration>? fairness = null;
        List<DataTransferDeclaration>? transfers = null;

        foreach (var raw in attributes)
        {
            var values = new BoundValues(raw);
            switch (raw.Name)
            {
                case AttributeNames.AiModel:
                    model = model with
                    {
                        Identity = new ModelIdentity
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Id = values.String("Id"),
                            Name = values.String("Name"),
                            Version = values.String("Version"),
                            Kind = values.Enum<ModelKind>("Kind"),
                            Provider = values.String("Provider"),
                            BaseModel = values.String("BaseModel"),
                            License = values.String("License"),
                            Description = values.String("Description"),
                        },
                    };
                    break;
                case AttributeNames.RiskProfile:
                    model = model with
                    {
                        RiskProfile = new RiskProfileDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Level = values.Enum<RiskLevel>("Level"),
                            Sectors = values.EnumArray<Sector>("Sectors"),
                            Rationale = values.String("Rationale"),
                        },
                    };
                    break;
                case AttributeNames.IntendedUse:
                    model = model with
                    {
                        IntendedUse = new IntendedUseDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Purpose = values.String("Purpose"),
                            Users = values.StringArray("Users"),
                            OutOfScope = values.StringArray("OutOfScope"),
                        },
                    };
                    break;
                case AttributeNames.KnownLimitation:
                    (limitations ??= new()).Add(new KnownLimitationDeclaration
                    {
                        Origin = raw.Origin,
                        WrittenProperties = values.Written,
                        Description = values.String("Description"),
                        Mitigation = values.String("Mitigation"),
                    });
                    break;
                case AttributeNames.ImpactAssessment:
                    model = model with
                    {
                        ImpactAssessment = new ImpactAssessmentDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Reference = values.String("Reference"),
                            Date = values.String("Date"),
                            AssessedBy = values.String("AssessedBy"),
                            Summary = values.String("Summary"),
                        },
                    };
                    break;
                case AttributeNames.HumanOversight:
                    model = model with
                    {
                        HumanOversight = new HumanOversightDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Mode = values.Enum<OversightMode>("Mode"),
                            Reviewer = values.String("Reviewer"),
                            CanOverride = values.Boolean("CanOverride"),
                            CanStop = values.Boolean("CanStop"),
                            Justification = values.String("Justification"),
                        },
                    };
                    break;
                case AttributeNames.AccountableOwner:
                    model = model with
                    {
                        AccountableOwner = new AccountableOwnerDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Owner = values.String("Owner"),
                            Contact = values.String("Contact"),
                            Role = values.String("Role"),
                        },
                    };
                    break;
                case AttributeNames.TrainedOn:
                    model = model with
                    {
                        TrainedOn = new TrainedOnDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            DatasetIds = values.StringArray("DatasetIds"),
                        },
                    };
                    break;
                case AttributeNames.Evaluation:
                    (evaluations ??= new()).Add(new EvaluationDeclaration
                    {
                        Origin = raw.Origin,
                        WrittenProperties = values.Written,
                        Metric = values.String("Metric"),
                        Value = values.Double("Value"),
                        Dataset = values.String("Dataset"),
                        Slice = values.String("Slice"),
                        Threshold = values.Double("Threshold"),
                        HigherIsBetter = values.Boolean("HigherIsBetter"),
                        ConfidenceLow = values.Double("ConfidenceLow"),
                        ConfidenceHigh = values.Double("ConfidenceHigh"),
                    });
                    break;
                case AttributeNames.FairnessAssessment:
                    (fairness ??= new()).Add(new FairnessAssessmentDeclaration
                    {
                        Origin = raw.Origin,
                        WrittenProperties = values.Written,
                        ProtectedAttribute = values.String("ProtectedAttribute"),
                        Metric = values.String("Metric"),
                        Value = values.Double("Value"),
                        Threshold = values.Double("Threshold"),
                        HigherIsBetter = values.Boolean("HigherIsBetter"),
                        Groups = values.StringArray("Groups"),
                        GroupValues = values.DoubleArray("GroupValues"),
                        Mitigation = values.String("Mitigation"),
                    });
                    break;
                case AttributeNames.SecurityAssessment:
                    model = model with
                    {
                        SecurityAssessment = new SecurityAssessmentDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Tests = values.Enum<SecurityTest>("Tests"),
                            Date = values.String("Date"),
                            Reference = values.String("Reference"),
                            Findings = values.String("Findings"),
                            PerformedBy = values.String("PerformedBy"),
                        },
                    };
                    break;
                case AttributeNames.Explainability:
                    model = model with
                    {
                        Explainability = new ExplainabilityDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Method = values.String("Method"),
                            Description = values.String("Description"),
                        },
                    };
                    break;
                case AttributeNames.AiDisclosure:
                    model = model with
                    {
                        AiDisclosure = new AiDisclosureDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Notice = values.String("Notice"),
                        },
                    };
                    break;
                case AttributeNames.ContentProvenance:
                    model = model with
                    {
                        ContentProvenance = new ContentProvenanceDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Methods = values.Enum<ProvenanceMethod>("Methods"),
                            Standard = values.String("Standard"),
                        },
                    };
                    break;
                case AttributeNames.SupportedLanguages:
                    model = model with
                    {
                        SupportedLanguages = new SupportedLanguagesDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            LanguageTags = values.StringArray("LanguageTags"),
                        },
                    };
                    break;
                case AttributeNames.DataResidency:
                    model = model with
                    {
                        DataResidency = new DataResidencyDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Regions = values.StringArray("Regions"),
                        },
                    };
                    break;
                case AttributeNames.DataTransfer:
                    (transfers ??= new()).Add(new DataTransferDeclaration
                    {
                        Origin = raw.Origin,
                        WrittenProperties = values.Written,
                        FromRegion = values.String("FromRegion"),
                        ToRegion = values.String("ToRegion"),
                        Mechanism = values.String("Mechanism"),
                        Safeguards = values.String("Safeguards"),
                    });
                    break;
                case AttributeNames.DecisionLogging:
                    model = model with
                    {
                        DecisionLogging = new DecisionLoggingDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            Description = values.String("Description"),
                            RetentionDays = values.Int32("RetentionDays"),
                        },
                    };
                    break;
                case AttributeNames.Monitoring:
                    model = model with
                    {
                        Monitoring = new MonitoringDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            IncidentContact = values.String("IncidentContact"),
                            DriftMonitoring = values.Boolean("DriftMonitoring"),
                            ReviewIntervalDays = values.Int32("ReviewIntervalDays"),
                        },
                    };
                    break;
                case AttributeNames.ComputeFootprint:
                    model = model with
                    {
                        ComputeFootprint = new ComputeFootprintDeclaration
                        {
                            Origin = raw.Origin,
                            WrittenProperties = values.Written,
                            TrainingEnergyKWh = values.Double("TrainingEnergyKWh"),
                            Co2eKg = values.Double("Co2eKg"),
                            Hardware = values.String("Hardware"),
                            Region = values.String("Region"),
                        },
                    };
                    break;
            }
        }

        return model with
        {
            KnownLimitations = (IReadOnlyList<KnownLimitationDeclaration>?)limitations ?? Array.Empty<KnownLimitationDeclaration>(),
            Evaluations = (IReadOnlyList<EvaluationDeclaration>?)evaluations ?? Array.Empty<EvaluationDeclaration>(),
            FairnessAssessments = (IReadOnlyList<FairnessAssessmentDeclaration>?)fairness ?? Array.Empty<FairnessAssessmentDeclaration>(),
            DataTransfers = (IReadOnlyList<DataTransferDeclaration>?)transfers ?? Array.Empty<DataTransferDeclaration>(),
        };
    }

    /// <summary>Binds an <c>[assembly: Dataset]</c> attribute.</summary>
    public static DatasetDeclaration BindDataset(RawDeclaration raw)
    {
        var values = new BoundValues(raw);
        return new DatasetDeclaration
        {
            Origin = raw.Origin,
            WrittenProperties = values.Written,
            Id = values.String("Id"),
            Name = values.String("Name"),
            Version = values.String("Version"),
            Source = values.String("Source"),
            Url = values.String("Url"),
            License = values.String("License"),
            CollectionMethod = values.String("CollectionMethod"),
            PersonalData = values.Enum<PersonalDataKind>("PersonalData"),
            LegalBasis = values.String("LegalBasis"),
            Regions = values.StringArray("Regions"),
            Languages = values.StringArray("Languages"),
            KnownBias = values.String("KnownBias"),
            Description = values.String("Description"),
        };
    }

    /// <summary>Binds an <c>[assembly: RiskAcceptance]</c> attribute.</summary>
    public static RiskAcceptanceDeclaration BindRiskAcceptance(RawDeclaration raw)
    {
        var values = new BoundValues(raw);
        return new RiskAcceptanceDeclaration
        {
            Origin = raw.Origin,
            WrittenProperties = values.Written,
            RuleId = values.String("RuleId"),
            Model = values.String("Model"),
            Approver = values.String("Approver"),
            Until = values.String("Until"),
            Justification = values.String("Justification"),
            Reference = values.String("Reference"),
        };
    }

    /// <summary>Whether the attribute name is one the binder knows.</summary>
    public static bool IsModelLevel(string attributeName) => Array.IndexOf(AttributeNames.ModelLevel, attributeName) >= 0;

    /// <summary>The values of one raw attribute, keyed by the property each argument sets.</summary>
    private sealed class BoundValues
    {
        private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
        private readonly List<string> _written = new();

        public BoundValues(RawDeclaration raw)
        {
            var parameters = AttributeNames.ConstructorProperties(raw.Name);
            for (var i = 0; i < raw.Positional.Count && i < parameters.Length; i++)
            {
                Set(parameters[i], raw.Positional[i]);
            }

            foreach (var pair in raw.Named)
            {
                if (pair.Key is not null)
                {
                    Set(pair.Key, pair.Value);
                }
            }
        }

        public IReadOnlyList<string> Written => _written;

        public string? String(string property) => Get(property) as string;

        public double? Double(string property) => ToDouble(Get(property));

        public int? Int32(string property) => Get(property) switch
        {
            int value => value,
            short value => value,
            byte value => value,
            long value when value is >= int.MinValue and <= int.MaxValue => (int)value,
            _ => null,
        };

        public bool? Boolean(string property) => Get(property) as bool?;

        public TEnum? Enum<TEnum>(string property)
            where TEnum : struct, Enum
            => ToEnum<TEnum>(Get(property));

        public string?[] StringArray(string property)
        {
            switch (Get(property))
            {
                case IReadOnlyList<object?> list:
                    var result = new string?[list.Count];
                    for (var i = 0; i < list.Count; i++)
                    {
                        result[i] = list[i] as string;
                    }

                    return result;
                case string single:
                    return new string?[] { single };
                default:
                    return Array.Empty<string?>();
            }
        }

        public IReadOnlyList<double> DoubleArray(string property)
        {
            if (Get(property) is not IReadOnlyList<object?> list)
            {
                return Array.Empty<double>();
            }

            var result = new List<double>(list.Count);
            foreach (var item in list)
            {
                if (ToDouble(item) is { } value)
                {
                    result.Add(value);
                }
            }

            return result;
        }

        public IReadOnlyList<TEnum> EnumArray<TEnum>(string property)
            where TEnum : struct, Enum
        {
            if (Get(property) is not IReadOnlyList<object?> list)
            {
                return ToEnum<TEnum>(Get(property)) is { } single ? new[] { single } : Array.Empty<TEnum>();
            }

            var result = new List<TEnum>(list.Count);
            foreach (var item in list)
            {
                if (ToEnum<TEnum>(item) is { } value)
                {
                    result.Add(value);
                }
            }

            return result;
        }

        private void Set(string property, object? value)
        {
            if (!_values.ContainsKey(property))
            {
                _written.Add(property);
            }

            _values[property] = value;
        }

        private object? Get(string property) => _values.TryGetValue(property, out var value) ? value : null;

        private static double? ToDouble(object? value) => value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            decimal m => (double)m,
            _ => null,
        };

        private static TEnum? ToEnum<TEnum>(object? value)
            where TEnum : struct, Enum
        {
            long? number = value switch
            {
                int i => i,
                long l => l,
                short s => s,
                byte b => b,
                sbyte sb => sb,
                ushort us => us,
                uint ui => ui,
                _ => null,
            };
            if (number is null || number < int.MinValue || number > int.MaxValue)
            {
                return null;
            }

            return (TEnum)System.Enum.ToObject(typeof(TEnum), (int)number.Value);
        }
    }
}
