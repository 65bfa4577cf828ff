## Guide topic: your safety. How Senda protects what you type, and its limits.

safety-topic-title = Su seguridad en este aparato
safety-topic-summary = Qué protege el PIN y qué no, la salida rápida, el borrado y el modo invitado.
safety-topic-intro = Lo que usted escribe en { -brand-name } se queda solo en este aparato. Nunca se envía a ningún lado.
safety-topic-pin-heading = El PIN
safety-topic-pin-what = Con un PIN, sus datos quedan cifrados. Quien tome el teléfono no puede leerlos sin el PIN.
safety-topic-pin-offline = Si alguien prueba PIN equivocados, cada nuevo intento debe esperar más.
safety-topic-pin-forget = Si olvida el PIN, nadie puede recuperar sus datos. Guarde una copia de seguridad con contraseña.
safety-topic-limits-heading = Lo que el PIN no puede evitar
safety-topic-limits-watching = Que alguien mire mientras usted escribe el PIN o lee sus datos.
safety-topic-limits-infected = Un teléfono que ya tiene un programa espía.
safety-topic-limits-open = Que alguien use el teléfono mientras sus datos están abiertos. Ciérrelos al terminar.
safety-topic-exit-heading = Salir rápido
safety-topic-exit-button = El botón «Salir rápido» y la tecla Esc ocultan todo al instante y cierran sus datos.
safety-topic-exit-idle = Si no usa la aplicación por 5 minutos, sus datos se cierran solos.
safety-topic-wipe-heading = Borrar todo
safety-topic-wipe-what = El borrado elimina sus personas, fechas, documentos y notas de este aparato.
safety-topic-wipe-cancel = Antes de borrar hay una cuenta de 5 segundos. Puede cancelarla.
safety-topic-wipe-guide = La guía no se borra: sigue disponible.
safety-topic-shared-heading = En un aparato compartido
safety-topic-shared-guest = En el modo invitado nada se guarda. Al salir, todo lo que escribió desaparece.
safety-topic-shared-backup = Para cambiar de teléfono, guarde una copia de seguridad con contraseña. Sin la contraseña, nadie puede abrirla.
safety-topic-network = { -brand-name } no usa internet y no envía datos a nadie.
source-senda-design = Cómo funciona { -brand-name } (descripción técnica del proyecto)
