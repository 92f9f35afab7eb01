# El sitio para socios en español (completo frente a locales/en/partner_site.ftl).
# «Usted» es el socio; «nosotros», la empresa que dirige el programa.

## Diseño y navegación
ps_site_title = { $company }: sitio de socio para { $partner }
ps_footer_prepared = Preparado para { $partner } por { $company }
ps_footer_as_of = Cifras a { $date }
ps_nav_partnership = Su alianza
ps_nav_overview = Resumen
ps_nav_tiers = Niveles de socio
ps_nav_handbook = Manual para socios

## La página del socio
ps_eyebrow = Su alianza
ps_lede = Socio { $tier } de { $company }
ps_lede_prospect = Socio potencial de { $company }
ps_score = Puntuación de socio
ps_figures = Cifras clave
ps_pipeline = Pipeline anual
ps_arr = ARR
ps_mdf = MDF al año
ps_next_qbr = Próxima revisión de negocio
ps_not_recorded = Sin registrar
ps_next_tier = Su próximo nivel
ps_requirement = Requisito
ps_you_have = Usted tiene
ps_tier_needs = El nivel pide
ps_status = Estado
ps_met = Cumplido
ps_framework_link = Los niveles de socio
ps_distance_summary = Cumple { $met } de { $n ->
    [one] { $n } requisito
   *[other] { $n } requisitos
} del nivel { $tier }.
ps_distance_ready = Cumple todos los requisitos del nivel { $tier }: hablemos de su ascenso.
ps_distance_top = { $tier } es nuestro nivel más alto.
ps_at_least = al menos { $value }
ps_missing_money = { $amount } más al año
ps_missing_count = { $n } más
ps_missing_yes = Todavía no
ps_missing_plan = Pendiente de firma
ps_commitments = Sus compromisos
ps_tier_commits = Lo que pide su nivel
ps_benefits = Beneficios de su nivel
ps_no_benefits = Su nivel aún no tiene beneficios en la lista.
ps_pages = Páginas del manual para socios
ps_profile = Perfil
ps_fact_tier = Nivel
ps_fact_status = Estado
ps_fact_pam = Su gestor de socios
ps_fact_last_qbr = Última revisión de negocio
ps_sponsors = Patrocinadores ejecutivos
ps_your_executive = Su directivo
ps_our_executive = Nuestro directivo
ps_cadence = Frecuencia
ps_no_sponsors = Aún no hay patrocinadores ejecutivos designados.
ps_roadmap = Hoja de ruta conjunta
ps_no_roadmap = Aún no hay elementos conjuntos en la hoja de ruta.
ps_due = vence el { $due }

## Requisitos y compromisos
ps_req_certified_individuals = Personas certificadas
ps_req_dedicated_practice = Práctica dedicada
ps_req_joint_business_plan = Plan de negocio conjunto
ps_req_qbr = Revisiones de negocio trimestrales
ps_req_named_pam = Gestor de socios designado en su empresa
ps_req_gtm_activities = Actividades conjuntas de salida al mercado al año
ps_per_year = al menos { $n } al año
ps_review_cadence = Revisión de negocio

## Los niveles
ps_tiers_eyebrow = Programa de socios
ps_tiers_title = Niveles de socio
ps_tiers_lede = Lo que cada nivel pide a un socio y lo que le ofrece.
ps_your_tier = Su nivel
ps_annual_pipeline = de pipeline anual
ps_no_pipeline_target = Sin objetivo de pipeline
ps_benefits_short = Beneficios
ps_commitments_short = Compromisos

## Páginas del manual
ps_page_eyebrow = Manual para socios
