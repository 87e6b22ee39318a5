/* relais-catalog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "relais-profile.h"
#include "relais-source.h"
#include "relais-types.h"

G_BEGIN_DECLS

#define RELAIS_CATALOG_FORMAT  "fr.artifaille.Relais.Catalog"
#define RELAIS_CATALOG_VERSION 1

/* The catalogue is read once and never changes afterwards: its entries are
 * plain structures owned by the catalogue, read through their fields. Every
 * text meant for people is in English in the data and translated through
 * gettext when shown (relais_catalog_translate()). */

/* How far along a project says it is, on its own release page or README.
 * Unknown when no source has been read for it. */
typedef enum
{
  RELAIS_MATURITY_UNKNOWN,
  RELAIS_MATURITY_STABLE,
  RELAIS_MATURITY_BETA,
  RELAIS_MATURITY_ALPHA,
} RelaisMaturity;

typedef struct
{
  char      *id;
  char      *name;
  char      *description;
  GPtrArray *tools;          /* RelaisProprietaryTool, borrowed */
} RelaisCategory;

/* A public price, always read on the vendor's own page (a French or EU one
 * for euros): what a plan costs, in whole cents, in its own currency. Prices
 * in different currencies are never added together. */
typedef struct
{
  gint64  cents;             /* the amount in whole cents: sums stay exact */
  char   *currency;          /* ISO 4217: EUR, USD */
  char   *per;               /* user-month, user-year, month, year, licence */
  char   *billing;           /* nullable: how it is billed, as the page says */
  char   *as_of;             /* nullable: YYYY-MM or YYYY-MM-DD shown on the page; NULL: undated page */
  char   *source;            /* the vendor's price page */
  char   *checked;           /* YYYY-MM-DD: when it was read */
  char   *rise;              /* nullable: YYYY-MM-DD of a rise known to come after this price */
  char   *rise_source;       /* nullable: the vendor's page that announced it */
} RelaisPrice;

typedef enum
{
  RELAIS_NONPROFIT_FREE,       /* given to eligible nonprofits */
  RELAIS_NONPROFIT_DISCOUNT,   /* sold to them below the public price */
} RelaisNonprofitKind;

/* What a vendor's own page says it offers to nonprofits: an association's
 * savings never count the public price of such a plan. */
typedef struct
{
  RelaisNonprofitKind  kind;
  char                *name;       /* the programme's name */
  char                *note;       /* nullable: its conditions, one sentence (translated) */
  char                *source;
  char                *checked;
  gboolean             secondary;  /* the source is the press, no page of the vendor found */
} RelaisNonprofitOffer;

/* A subscription or licence that covers one program or several (Microsoft
 * 365 Business Standard covers Word, Excel, PowerPoint and Outlook): a user
 * pays it once, whatever the number of programs used. */
typedef struct
{
  char                 *id;
  char                 *name;
  char                 *vendor;
  RelaisPrice          *price;      /* nullable: no price read on the vendor's page */
  RelaisNonprofitOffer *nonprofit;  /* nullable */
  GPtrArray            *includes;   /* RelaisPricePlan it includes (Standard includes Basic), borrowed */
  GPtrArray            *tools;      /* RelaisProprietaryTool it covers, borrowed */
} RelaisPricePlan;

/* A proprietary tool that no longer exists: it costs nothing, and Relais
 * says what to do instead. */
typedef struct
{
  char     *date;            /* YYYY-MM-DD */
  char     *instead;         /* one sentence (translated) */
  char     *source;
  char     *checked;
  gboolean  secondary;       /* the source is the press, no primary one found */
} RelaisClosure;

typedef struct
{
  char            *id;
  char            *name;
  char           **aliases;
  char            *vendor;
  RelaisCategory  *category;
  RelaisToolKind   kind;
  RelaisPricePlan      *plan;     /* nullable: free, or no plan known; borrowed */
  RelaisClosure   *closed;   /* nullable */
  char            *meanwhile; /* nullable: no free alternative fits yet, what to do meanwhile (translated) */
  GPtrArray       *sources;  /* RelaisSource */
  GPtrArray       *alternatives; /* RelaisAlternative, borrowed */
} RelaisProprietaryTool;

typedef struct _RelaisAlternative RelaisAlternative;

/* What an association needs a tool for (mail, documents, members and
 * accounting…): a grouping of Relais's own, not a fact, so it has no source.
 * It names the proprietary tools usual for that need and the free ones
 * associations already use, and the words people type for it, French and
 * English ("compta", "sondage", "visio"). */
typedef struct
{
  char      *id;
  char      *name;
  char      *description;
  char     **words;
  GPtrArray *tools;          /* RelaisProprietaryTool, borrowed */
  GPtrArray *free;           /* RelaisAlternative, borrowed */
} RelaisNeed;

typedef struct
{
  RelaisProprietaryTool *tool;
  RelaisAlternative     *alternative;
  gboolean               full;
  char                  *difference;
} RelaisReplacement;

struct _RelaisAlternative
{
  char            *id;
  char            *name;
  char           **aliases;
  char            *homepage;
  char            *licence;   /* nullable for a distribution */
  gboolean         distribution;
  RelaisToolKind   kind;
  RelaisCategory  *category;  /* nullable: the first of its categories; borrowed */
  RelaisPlatforms  platforms;
  char            *flathub;  /* nullable */
  char            *debian;   /* nullable */
  char            *service;  /* nullable: the service type a CHATONS hoster offers */
  char            *web;      /* nullable: a public instance anyone can use */
  guint            use_difficulty;
  guint            install_difficulty;
  char            *maintenance;  /* nullable: not known */
  RelaisMaturity   maturity;
  char            *limits;   /* nullable: what its free edition does not do, or what in it is not free */
  char            *summary;
  GPtrArray       *replacements;  /* RelaisReplacement */
  guint            reason_levels[RELAIS_N_REASONS];
  char            *reason_why[RELAIS_N_REASONS];
  GPtrArray       *sources;  /* RelaisSource */
};

typedef enum
{
  RELAIS_CATALOG_ERROR_INVALID,
} RelaisCatalogError;

#define RELAIS_CATALOG_ERROR (relais_catalog_error_quark ())
#define RELAIS_TYPE_CATALOG (relais_catalog_get_type ())

G_DECLARE_FINAL_TYPE (RelaisCatalog, relais_catalog, RELAIS, CATALOG, GObject)

GQuark                 relais_catalog_error_quark          (void);
RelaisCatalog         *relais_catalog_new_from_data        (GBytes         *categories,
                                                            GBytes         *proprietary,
                                                            GBytes         *alternatives,
                                                            GError        **error);
RelaisCatalog         *relais_catalog_new_from_directory   (GFile          *directory,
                                                            GError        **error);
RelaisCatalog         *relais_catalog_new_from_resource    (const char     *path,
                                                            GError        **error);
GPtrArray             *relais_catalog_get_categories       (RelaisCatalog  *self);
GPtrArray             *relais_catalog_get_tools            (RelaisCatalog  *self);
GPtrArray             *relais_catalog_get_alternatives     (RelaisCatalog  *self);
GPtrArray             *relais_catalog_get_plans            (RelaisCatalog  *self);
GPtrArray             *relais_catalog_get_needs            (RelaisCatalog  *self);
RelaisNeed            *relais_catalog_lookup_need          (RelaisCatalog  *self,
                                                            const char     *id);
RelaisPricePlan       *relais_catalog_lookup_plan          (RelaisCatalog  *self,
                                                            const char     *id);
RelaisCategory        *relais_catalog_lookup_category      (RelaisCatalog  *self,
                                                            const char     *id);
RelaisProprietaryTool *relais_catalog_lookup_tool          (RelaisCatalog  *self,
                                                            const char     *id);
RelaisAlternative     *relais_catalog_lookup_alternative   (RelaisCatalog  *self,
                                                            const char     *id);
RelaisReplacement     *relais_alternative_get_replacement  (RelaisAlternative     *alternative,
                                                            RelaisProprietaryTool *tool);
const char            *relais_catalog_translate            (const char     *text);
gboolean               relais_alternative_is_mature        (RelaisAlternative     *alternative);

/* Groups of the search index made by relais_catalog_new_search_index(). */
#define RELAIS_SEARCH_GROUP_TOOLS        0
#define RELAIS_SEARCH_GROUP_ALTERNATIVES 1
#define RELAIS_SEARCH_GROUP_NEEDS        2

typedef struct _RelaisSearchIndex RelaisSearchIndex;

RelaisSearchIndex     *relais_catalog_new_search_index     (RelaisCatalog  *self);

/* Money is counted in whole cents, so that sums stay exact. */
gint64                 relais_euros_to_cents               (double          euros);
double                 relais_cents_to_whole_units         (gint64          cents);

G_END_DECLS
