# El dosier de QBR para el socio (src/qbr/partner_facing.rs): solo lo que el socio puede ver.
qbrp_subject = Revisión trimestral de {$partner} con {$company}
qbrp_footer = Preparado para {$partner} por {$company}
qbrp_cover_subtitle = Preparado para {$partner} por {$company}
qbrp_as_of = Cifras a {$date}
qbrp_next = Próxima QBR: {$date}
qbrp_col_you_have = Su situación
qbrp_your_tier = Su nivel: {$tier}
qbrp_joint_plan = Nuestro plan conjunto
qbrp_roadmap_none = Aún no hay elementos conjuntos en la hoja de ruta: acordemos el primero en esta QBR.
qbrp_sponsors_none = Aún no hay patrocinadores ejecutivos nombrados.
qbrp_framework = El marco de niveles
