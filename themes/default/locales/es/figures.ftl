# Los textos de las páginas Economía, Niveles, Competidores, Historial y Trazabilidad (español).
# Todos los mensajes de locales/en/figures.ftl; los mensajes que se leen con `| safe` (véase
# allí) no contienen `&`, `<` ni `>`.

## economics.html
economics_eyebrow = Estrategia
economics_title = Economía del programa
economics_lede = Cuánto cuesta el programa de socios de { $company }, qué aporta y si va camino de alcanzar el objetivo de la tesis.
economics_figures_label = Cifras clave
economics_forecast_title = Previsión frente a la tesis
economics_costs_title = Coste del programa
economics_costs_gap = No se indica el coste del programa: { $gap } (partidas de coste anuales como equipo, plataforma, eventos).
economics_cost_line = Partida de coste
economics_per_year = Por año
economics_share = Proporción
economics_inputs_title = Datos de entrada
economics_tiers_title = Economía por nivel
economics_tier = Nivel
economics_partners = Socios
economics_pipeline = Pipeline
economics_arr = ARR
economics_return = Retorno
economics_mdf = MDF
economics_payouts = Pagos
economics_new_customers = Clientes nuevos
economics_tiers_note = El pipeline cuenta los socios activos y en captación; el ARR y los pagos, todos los socios; el MDF, los socios que no han salido del programa. El retorno es el ARR × el margen bruto.
economics_partners_title = MDF y pagos por socio
economics_partner = Socio
economics_payout_rate = Tasa de pago
economics_payout = Pago
economics_partner_cost = Coste del socio
economics_breakdowns_title = Dónde están el pipeline y el ARR
economics_sourced_arr = ARR aportado por socios

## tiers.html
tiers_eyebrow = Socios
tiers_title = Marco de niveles
tiers_lede = Qué exige y qué ofrece cada nivel, quién está hoy en cada nivel y qué ascensos y descensos se derivan del plan.
tiers_annual_pipeline = de pipeline anual
tiers_no_pipeline_target = Sin objetivo de pipeline
tiers_benefits = Ventajas
tiers_commitments = Compromisos
tiers_partners = Socios
tiers_more = y { $n } más
tiers_none_yet = Ninguno todavía.
tiers_targeting = { $n ->
    [one] { $n } socio aspira a este nivel.
   *[other] { $n } socios aspiran a este nivel.
}
tiers_review_title = Revisión de niveles
tiers_review_lede = Se deduce del pipeline, la certificación y los compromisos frente a los requisitos de cada nivel.
tiers_promotions = Ascensos
tiers_no_promotions = Ningún ascenso.
tiers_demotions = Descensos
tiers_no_demotions = Ningún descenso.
tiers_pams_title = Carga de los PAM
tiers_pam = Gestor de cuentas de socios
tiers_platinum = Platinum
tiers_gold = Gold
tiers_gold_limit = Límite Gold
tiers_capacity = Capacidad
tiers_over_capacity = Capacidad superada

## competitors.html
competitors_eyebrow = Socios
competitors_title = Competidores y contraestrategia
competitors_lede = Qué socios han firmado nuestros competidores, cuáles siguen disponibles y cómo sortear una empresa vinculada en exclusiva.
competitors_counter_title = Contraestrategia
competitors_recruit_first = Captar primero
competitors_available = Disponibles
competitors_available_lede = Sin vínculo con ningún competidor, aún por captar. Mejor puntuación primero.
competitors_more = y { $n } más en la
competitors_more_link = clasificación
competitors_more_end = {""}
competitors_none = Ninguno.
competitors_recruit_next = Captar después
competitors_contested = Desatendidos
competitors_contested_lede = Vinculados a un competidor, sin exclusividad.
competitors_held_by = vinculado a
competitors_go_around = Sortear
competitors_locked = En exclusiva
competitors_locked_lede = En exclusiva con un competidor: contraargumentar y acercarse a socios afines.
competitors_alternatives = Alternativas:
competitors_map_title = Mapa de socios de la competencia
competitors_partner_count = { $n ->
    [one] { $n } socio
   *[other] { $n } socios
}
competitors_exclusive_count = { $n } en exclusiva
competitors_partner = Socio
competitors_our_tier = Nuestro nivel
competitors_model = Modelo
competitors_strength = Fortaleza percibida
competitors_exclusivity = Exclusividad
competitors_exclusive = Exclusivo
competitors_not_tracked = (sin seguimiento)

## history.html
history_eyebrow = Estrategia
history_title = Historial
history_lede = Cómo ha evolucionado el programa de socios, según el historial de git del plan: { $found }, y luego hoy.
history_note = Nota:
history_since_title = Desde la última reunión del consejo ({ $since })
history_since_rebuilt = El plan es el de la etiqueta { $rebuilt_at }; estos son los cambios desde { $since }, la instantánea anterior.
history_since_none = No hay cambios en el plan desde { $since }.
history_no_snapshot_before = Aún no hay ninguna instantánea anterior con la que comparar: los gráficos aparecen cuando el plan tiene un commit anterior a un cierre de trimestre, o una etiqueta que
history_no_snapshot_after = reconozca.
history_table_title = Las cifras
history_not_given = Sin gráfico, porque ninguna instantánea da la cifra: { $figures }.
history_snapshot = Instantánea
history_date = Fecha
history_commit = Commit
history_partner_arr = ARR de socios
history_required = Necesario este año
history_pipeline = Pipeline
history_program_cost = Coste del programa
history_roi = ROI
history_okrs = Progreso de OKR
history_tiers = Niveles P / G / S / R / potencial
history_check = Comprobación
history_skipped = Revisiones omitidas

## traceability.html
traceability_objective = Objetivo
traceability_kr = KR
traceability_no_roadmap_item = Sin elemento en la hoja de ruta
traceability_roadmap = Hoja de ruta
traceability_eyebrow = Análisis
traceability_title = Trazabilidad
traceability_lede = De los modelos priorizados de la tesis a los objetivos que los sirven, sus resultados clave, los elementos de la hoja de ruta que los impulsan y los socios y decisiones implicados.
traceability_orphans_title = Elementos huérfanos
traceability_orphan_platinum = Socios Platinum sin elemento en la hoja de ruta
traceability_none = Ninguno.
traceability_orphan_key_results = Resultados clave sin elemento en la hoja de ruta
traceability_orphan_models = Modelos a los que no sirve ningún objetivo
traceability_tree_title = De la tesis a la ejecución
traceability_model = Modelo
traceability_no_objective = Ningún objetivo sirve a este modelo.
traceability_objectives = Objetivos
traceability_unlinked = sin vínculo con un modelo de la tesis
