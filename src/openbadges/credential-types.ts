// The shape of the OB 3.0 OpenBadgeCredential we issue (VC Data Model 2.0 form), as plain JSON.

/** OB 3.0 AchievementType vocabulary; extensions are written `ext:Name`. */
export const ACHIEVEMENT_TYPES = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;

export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number] | `ext:${string}`;

export interface ObImage {
  id: string;
  type: 'Image';
  caption?: string;
}

export interface ObProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  description?: string;
  email?: string;
  image?: ObImage;
}

export interface ObAlignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetDescription?: string;
  targetFramework?: string;
  targetType?: string;
}

export interface ObAchievement {
  id: string;
  type: ['Achievement'];
  name: string;
  description: string;
  criteria: { id?: string; narrative: string };
  achievementType: AchievementType;
  image?: ObImage;
  alignment?: ObAlignment[];
  creator?: ObProfile;
  tag?: string[];
  humanCode?: string;
  version?: string;
}

export interface ObIdentityObject {
  type: 'IdentityObject';
  identityHash: string;
  identityType: 'emailAddress';
  hashed: true;
  salt: string;
}

export interface ObAchievementSubject {
  id?: string;
  type: ['AchievementSubject'];
  achievement: ObAchievement;
  identifier?: ObIdentityObject[];
}

export interface ObEvidence {
  id?: string;
  type: ['Evidence'];
  name?: string;
  narrative?: string;
  description?: string;
  genre?: string;
  audience?: string;
}

/** An unsigned OpenBadgeCredential as built by `buildOpenBadgeCredential`. */
export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  description?: string;
  issuer: ObProfile;
  validFrom: string;
  validUntil?: string;
  credentialSubject: ObAchievementSubject;
  evidence?: ObEvidence[];
  credentialSchema?: ObCredentialSchema[];
  credentialStatus?: ObCredentialStatus;
  [extra: string]: unknown;
}

/** Where a verifier finds the JSON schema the credential follows. */
export interface ObCredentialSchema {
  id: string;
  type: '1EdTechJsonSchemaValidator2019';
}

/** Where a verifier learns whether the credential was revoked (one object, as OB 3.0 requires). */
export interface ObCredentialStatus {
  id: string;
  type: string;
  [extra: string]: unknown;
}
